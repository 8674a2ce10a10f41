package ma.gov.social.jisr.platform.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where the current call comes from, for the audit log: the client address, or "system" outside a request. */
@ApplicationScoped
public class RequestOrigin {
    @Inject
    private Instance<HttpServletRequest> request;

    public String clientAddress() {
        try {
            String address = request.get().getRemoteAddr();
            return address == null ? "unknown" : address;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return "system";
        }
    }
}
