package ma.gov.social.jisr.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy with the configuration IT operations get ({@code config/haproxy-jisr.cfg}), on loopback, in
 * front of two servers. It fails, rather than skips, where haproxy is not installed: {@code .ci/run} installs it.
 */
final class LoadBalancer implements AutoCloseable {
    static final Path CONFIG = Path.of("..", "config", "haproxy-jisr.cfg");
    private final Process process;
    private final URI app;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.app = URI.create("http://127.0.0.1:" + port + "/jisr/");
    }

    static LoadBalancer start(Path log, URI one, URI two) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // Debian installs it in /usr/sbin, which a non-root account's PATH may not hold
        String haproxy = java.nio.file.Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        ProcessBuilder builder = new ProcessBuilder(haproxy, "-db", "-f", CONFIG.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JISR_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("JISR_SERVER_ONE", one.getAuthority());
        builder.environment().put("JISR_SERVER_TWO", two.getAuthority());
        LoadBalancer balancer = new LoadBalancer(builder.start(), port);
        balancer.awaitLoginPage();
        return balancer;
    }

    URI app() {
        return app;
    }

    private void awaitLoginPage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy stopped (exit " + process.exitValue() + ")");
            }
            try {
                if (http.send(HttpRequest.newBuilder(app.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("haproxy did not serve the login page within 10 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
