package fi.kurkiaura.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Jena Fuseki (the jena-fuseki-server jar the build fetches) in its own process, on a
 * free loopback port, serving one dataset at {@code /kurkiaura}.
 */
public final class FusekiProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** An in-memory, updatable dataset. */
    public static FusekiProcess start(Path workDirectory) {
        return start(workDirectory, "--mem", "--update");
    }

    /** A dataset described by Fuseki's own arguments, such as {@code --loc=DIR} for a TDB2 directory. */
    public static FusekiProcess start(Path workDirectory, String... datasetArguments) {
        Path jar = Path.of(System.getProperty("kurkiaura.fuseki.jar", "target/fuseki/fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No Fuseki at " + jar + ": it is fetched in pre-integration-test (./mvnw verify)");
        }
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-jar", jar.toString()));
            command.addAll(List.of(datasetArguments));
            command.addAll(List.of("--localhost", "--port=" + port, "/kurkiaura"));
            Process process = new ProcessBuilder(command)
                    .directory(Files.createDirectories(workDirectory).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDirectory.resolve("fuseki.log").toFile())
                    .start();
            FusekiProcess fuseki = new FusekiProcess(process, port);
            fuseki.awaitPing(Duration.ofSeconds(60));
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset's URL, as KURKIAURA_GRAPH_SPARQL_URL takes it. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/kurkiaura";
    }

    private void awaitPing(Duration timeout) {
        URI ping = URI.create("http://127.0.0.1:" + port + "/$/ping");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue());
            }
            try {
                if (Http.get(ping).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // Fuseki is still starting
            }
            sleep();
        }
        throw new IllegalStateException("Fuseki did not answer within " + timeout);
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
