package ma.gov.social.jisr.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the real WAR as a process of the test's own, so that the test can kill it (SIGKILL, as
 * {@code kill -9} does) and start another on the same database, as IT operations would after a crash.
 */
final class PayaraProcess implements AutoCloseable {
    private final Process process;
    private final URI app;

    private PayaraProcess(Process process, int port) {
        this.process = process;
        this.app = URI.create("http://127.0.0.1:" + port + "/jisr/");
    }

    /** Boots and waits for the login page; the log goes to {@code log}, bank files to {@code files}. */
    static PayaraProcess start(Path files, Path log) throws Exception {
        PayaraProcess server = launch(files, log, Map.of());
        server.awaitLoginPage();
        return server;
    }

    /** Boots without waiting, the environment overridden by {@code env} (another database, say). */
    static PayaraProcess launch(Path files, Path log, Map<String, String> env, String... options) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-jar", System.getProperty("payara.microJar"), "--nocluster", "--port",
                Integer.toString(port)));
        command.addAll(List.of(System.getProperty("payara.extraMicroOptions").trim().split("\\s+")));
        command.addAll(List.of(options));
        command.addAll(List.of("--deploy", System.getProperty("jisr.it.war"), "--contextroot", "jisr"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the database settings come from failsafe's environment, inherited
        builder.environment().put("JISR_DISBURSEMENT_DIRECTORY", files.toAbsolutePath().toString());
        builder.environment().putAll(env);
        return new PayaraProcess(builder.start(), port);
    }

    URI app() {
        return app;
    }

    void awaitLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while booting (exit " + process.exitValue() + ")");
            }
            try {
                if (http.send(HttpRequest.newBuilder(app.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("Payara Micro did not answer within 4 minutes");
    }

    /** SIGKILL: no shutdown hook, no last commit, no cleaning up; what is half-done stays half-done. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
