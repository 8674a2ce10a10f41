package ma.gov.social.jisr.platform.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Accounts stored in MariaDB; the caller's groups are their roles plus "staff". */
@ApplicationScoped
public class JisrIdentityStore implements IdentityStore {
    @Inject
    private LoginService login;
    @Inject
    private LoginOutcome outcome;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginService.Result result = login.attempt(credential.getCaller(), credential.getPassword().getValue());
        outcome.setStatus(result.status());
        return result.status() == LoginStatus.SUCCESS
                ? new CredentialValidationResult(result.username(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
