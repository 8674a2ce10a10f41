package ma.gov.social.jisr.platform.web.support;

import jakarta.faces.context.ExternalContext;

/**
 * The security headers of every response, in one place: the shell's filter sets them on pages, and a
 * download sets them again after resetting the response (a reset drops every header already set).
 */
public final class SecurityHeaders {
    /** Pages: PrimeFaces adds its own nonce policy (primefaces.CSP); browsers enforce both. */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Files: nothing in them may run, even if a browser opened one in place. */
    public static final String FILE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private SecurityHeaders() {
    }

    /** Exports and reports hold personal data: never cached, never sniffed into something executable. */
    static void forDownload(ExternalContext external) {
        external.setResponseHeader("Content-Security-Policy", FILE_POLICY);
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("X-Frame-Options", "DENY");
        external.setResponseHeader("Referrer-Policy", "same-origin");
        external.setResponseHeader("Cache-Control", "no-store");
    }
}
