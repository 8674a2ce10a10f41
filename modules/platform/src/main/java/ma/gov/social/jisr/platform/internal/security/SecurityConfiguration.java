package ma.gov.social.jisr.platform.internal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import ma.gov.social.jisr.platform.api.Roles;

/**
 * The application's roles. Authentication is {@link JisrAuthenticationMechanism} (form login on a Faces page
 * that calls SecurityContext.authenticate, so it can show its own messages), not a built-in mechanism.
 */
@DeclareRoles({Roles.STAFF, Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN,
        Roles.CASE_WORKER_CHILDREN, Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY,
        Roles.CASE_WORKER_DISABILITY, Roles.FINANCE_OFFICER, Roles.AUDITOR})
@ApplicationScoped
public class SecurityConfiguration {
}
