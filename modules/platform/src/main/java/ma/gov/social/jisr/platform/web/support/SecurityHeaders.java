package ma.gov.social.jisr.platform.web.support;

import jakarta.faces.context.ExternalContext;
import java.util.function.BiConsumer;

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

    /** The headers of a page; the caller adds Cache-Control where the page holds personal data. */
    public static void forPage(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", PAGE_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "same-origin");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
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
