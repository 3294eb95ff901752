package fi.kurkiaura.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL (Debian's postgresql package) in its own process on a free loopback port, with
 * a fresh cluster (trust authentication, user {@code kurkiaura}) in a throw-away directory. As root
 * (CI containers) it runs as the {@code postgres} user, since PostgreSQL refuses root. On CI a
 * missing PostgreSQL fails the test; elsewhere the test is skipped with what to install.
 */
public final class PostgresProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path directory;
    private final Path bin;

    private PostgresProcess(Process process, int port, Path directory, Path bin) {
        this.process = process;
        this.port = port;
        this.directory = directory;
        this.bin = bin;
    }

    public static PostgresProcess start() {
        Path bin = binaries();
        try {
            Path directory = Files.createTempDirectory("kurkiaura-postgres");
            directory.toFile().setWritable(true, false);
            directory.toFile().setExecutable(true, false);
            Path data = directory.resolve("data");
            run(bin.resolve("initdb"), "-D", data.toString(), "-A", "trust", "-U", "kurkiaura", "-E", "UTF8", "--no-sync");
            int port = freePort();
            List<String> command = asPostgresUser(bin.resolve("postgres"), "-D", data.toString(), "-p", String.valueOf(port),
                    "-k", directory.toString(), "-c", "listen_addresses=127.0.0.1");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("postgres.log").toFile()).start();
            PostgresProcess postgres = new PostgresProcess(process, port, directory, bin);
            postgres.awaitConnections(Duration.ofSeconds(60));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the cluster's {@code postgres} database, as KURKIAURA_DB_URL takes it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "kurkiaura";
    }

    /** Any password does with trust authentication, but the server's datasource wants a non-empty one. */
    public String password() {
        return "trusted-on-loopback";
    }

    private void awaitConnections(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited; see " + directory.resolve("postgres.log"));
            }
            try {
                Process ready = new ProcessBuilder(bin.resolve("pg_isready").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-q").start();
                if (ready.waitFor() == 0) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("PostgreSQL did not take connections within " + timeout);
    }

    private static Path binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        Path bin = versions == null ? null : Arrays.stream(versions).map(version -> version.toPath().resolve("bin"))
                .filter(candidate -> Files.isExecutable(candidate.resolve("postgres"))).max(Comparator.naturalOrder()).orElse(null);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(bin != null, "PostgreSQL tests need Debian's postgresql package (apt-get install postgresql)");
        }
        if (bin == null) {
            throw new IllegalStateException("No PostgreSQL under /usr/lib/postgresql: .ci/run installs the postgresql package");
        }
        return bin;
    }

    private static void run(Path program, String... arguments) throws IOException {
        try {
            Process process = new ProcessBuilder(asPostgresUser(program, arguments)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(program.getFileName() + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> asPostgresUser(Path program, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
            Directories.delete(directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException leftBehind) {
            // a temporary directory; the operating system cleans it
        }
    }
}
