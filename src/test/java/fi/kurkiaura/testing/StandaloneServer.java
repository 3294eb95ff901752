package fi.kurkiaura.testing;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A WildFly of its own, started from the provisioned server with the built WAR, a separate base
 * directory and a port offset, for tests of how the hub starts under a given configuration.
 */
public final class StandaloneServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int portOffset;

    private StandaloneServer(Process process, Path log, int portOffset) {
        this.process = process;
        this.log = log;
        this.portOffset = portOffset;
    }

    public static StandaloneServer start(Path baseDirectory, int portOffset, Map<String, String> environment, String... javaOptions) {
        Path home = Path.of(System.getProperty("jboss.home", "target/server"));
        Path war = Path.of(System.getProperty("kurkiaura.war", "target/kurkiaura.war"));
        try {
            Directories.copy(home.resolve("standalone/configuration"), baseDirectory.resolve("configuration"), file -> true);
            Files.createDirectories(baseDirectory.resolve("deployments"));
            Files.copy(war, baseDirectory.resolve("deployments/kurkiaura.war"));
            StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                    .setJavaHome(System.getProperty("java.home"))
                    .setBaseDirectory(baseDirectory)
                    .addJavaOptions(System.getProperty("kurkiaura.server.java-opts", "-Xmx1g").split("\\s+"))
                    .addJavaOptions(javaOptions)
                    .addJavaOption("-Djboss.socket.binding.port-offset=" + portOffset);
            Path console = baseDirectory.resolve("console.log");
            Process process = Launcher.of(command)
                    .addEnvironmentVariables(environment)
                    .setRedirectErrorStream(true)
                    .redirectOutput(console)
                    .launch();
            return new StandaloneServer(process, console, portOffset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/" + path);
    }

    /** An address on the management interface (health, metrics). */
    public URI managementUrl(String path) {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/" + path);
    }

    /** The readiness report once the server has booted and the application's check {@code check} is in it. */
    public JsonObject awaitReadinessWith(String check, Duration timeout) throws InterruptedException {
        return awaitReadiness(report -> hasCheck(report, check, null) && hasCheck(report, "server-state", "UP"),
                "check '" + check + "' on a booted server", timeout);
    }

    /** The readiness report once the application's check {@code check} has {@code status}. */
    public JsonObject awaitCheckStatus(String check, String status, Duration timeout) throws InterruptedException {
        return awaitReadiness(report -> hasCheck(report, check, status), "check '" + check + "' " + status, timeout);
    }

    private JsonObject awaitReadiness(Predicate<JsonObject> wanted, String description, Duration timeout) throws InterruptedException {
        URI readiness = URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited; see " + log);
            }
            try {
                HttpResponse<String> response = Http.get(readiness);
                if (response.body().startsWith("{")) {
                    JsonObject report = Http.json(response);
                    if (wanted.test(report)) {
                        return report;
                    }
                }
            } catch (UncheckedIOException notListeningYet) {
                // the management interface is not up yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("No readiness with " + description + " within " + timeout + "; see " + log);
    }

    private static boolean hasCheck(JsonObject report, String name, String status) {
        return report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> check.getString("name").equals(name) && (status == null || check.getString("status").equals(status)));
    }

    public List<String> logLines(Predicate<String> filter) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(filter).toList();
        }
    }

    /** Kills the server as a crash would (SIGKILL): no shutdown hooks, nothing flushed on the way out. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
