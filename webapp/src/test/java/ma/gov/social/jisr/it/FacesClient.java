package ma.gov.social.jisr.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: keeps cookies and posts Faces forms with their hidden fields. */
public final class FacesClient {
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"(?: id=\"[^\"]*\")? value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public FacesClient(URI base) {
        this(base, HttpClient.Version.HTTP_2);
    }

    /**
     * {@code HTTP_1_1} speaks as browsers do to an http:// address; Java's default (HTTP/2) upgrades the
     * connection to cleartext HTTP/2, which no browser uses, and which Payara serves by another path.
     */
    public FacesClient(URI base, HttpClient.Version version) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(version).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that gives up after {@code timeout}: a load test must end whatever the server does. */
    public HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request flagged as Faces ajax (what a PrimeFaces component sends), which cannot follow a 302. */
    public HttpResponse<String> ajaxGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Faces-Request", "partial/ajax").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits form {@code formId} found on {@code page} with the given fields, pressing {@code button}. */
    public HttpResponse<String> submit(String path, String page, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        return http.send(formPost(path, page, formId, fields, button), HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #submit}, but the body stays a stream: to read the start of a download, then hang up. */
    public HttpResponse<InputStream> submitStreaming(String path, String page, String formId,
            Map<String, String> fields, String button) throws IOException, InterruptedException {
        return http.send(formPost(path, page, formId, fields, button), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest formPost(String path, String page, String formId, Map<String, String> fields, String button) {
        Map<String, String> values = formValues(page, formId);
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + button, "");
        String body = values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** An ajax request of PrimeFaces (paging a table, say): the form's fields plus the given raw parameters. */
    public HttpResponse<String> ajax(String path, String page, String formId, Map<String, String> raw)
            throws IOException, InterruptedException {
        Map<String, String> values = formValues(page, formId);
        values.putAll(raw);
        String body = values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a multipart form with one file field, as a browser does for an upload. */
    public HttpResponse<String> upload(String path, String page, String formId, String fileField, String fileName,
                                byte[] content, String button) throws IOException, InterruptedException {
        return upload(path, page, formId, Map.of(), fileField, fileName, content, button);
    }

    /** As above, with the form's other fields (named without the form's prefix). */
    public HttpResponse<String> upload(String path, String page, String formId, Map<String, String> fields,
            String fileField, String fileName, byte[] content, String button) throws IOException, InterruptedException {
        Map<String, String> values = formValues(page, formId);
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + button, "");
        String boundary = "----jisr" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> e : values.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        // PrimeFaces names a skinned simple upload's input "<id>_input"; send the file under both names.
        for (String name : new String[] {formId + ":" + fileField, formId + ":" + fileField + "_input"}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + Objects.requireNonNullElse(
                    URLConnection.guessContentTypeFromName(fileName), "text/csv") + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The hidden fields of form {@code formId} on {@code page} (view state...), and the CSP nonce PrimeFaces adds. */
    private static Map<String, String> formValues(String page, String formId) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            values.put(hidden.group(1), hidden.group(2).replace("&#58;", ":"));
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            values.put("primefaces.nonce", nonce.group(1)); // what PrimeFaces' script adds in CSP mode
        }
        return values;
    }

    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String page = get("login.xhtml").body();
        return submit("login.xhtml", page, "login", Map.of("username", username, "password", password), "submit");
    }

    String sessionId() {
        return cookie("JSESSIONID");
    }

    /** The value of the cookie {@code name} this client holds (the load balancer's server cookie, say). */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The parameters of PrimeFaces' ajax request when {@code button} is pressed: it executes itself and
     * {@code execute}, renders {@code render}, and sends {@code fields} (name, value, name, value...).
     */
    public static Map<String, String> press(String button, String execute, String render, String... fields) {
        Map<String, String> raw = new HashMap<>(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source",
                button, "jakarta.faces.partial.execute", (button + " " + execute).strip(),
                "jakarta.faces.partial.render", render, button, button));
        for (int i = 0; i < fields.length; i += 2) {
            raw.put(fields[i], fields[i + 1]);
        }
        return raw;
    }
}
