package ma.gov.social.jisr.platform.internal.security;

import jakarta.enterprise.context.RequestScoped;
import ma.gov.social.jisr.platform.api.LastLoginAttempt;

/**
 * Carries the reason of a refused login from the identity store to the login screen within the
 * same request (the Jakarta Security API only says "invalid").
 */
@RequestScoped
public class LoginOutcome implements LastLoginAttempt {
    private LoginStatus status;

    public LoginStatus getStatus() {
        return status;
    }

    void setStatus(LoginStatus status) {
        this.status = status;
    }

    @Override
    public boolean locked() {
        return status == LoginStatus.LOCKED;
    }
}
