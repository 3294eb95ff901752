package fi.kurkiaura.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak (the keycloak-quarkus-dist the build unpacks from Maven Central) in its own
 * process, in development mode on port 8190, with the realm of docker/keycloak imported: the
 * issuer the test server is configured with. Its database starts empty each time, so the realm
 * is always the one in the repository.
 */
public final class KeycloakProcess implements AutoCloseable {

    public static final int PORT = 8190;
    public static final String ISSUER = "http://localhost:" + PORT + "/realms/kurkiaura";

    private final Process process;

    private KeycloakProcess(Process process) {
        this.process = process;
    }

    public static KeycloakProcess start() {
        Path unpacked = Path.of(System.getProperty("kurkiaura.keycloak.dir", "target/keycloak")).toAbsolutePath();
        try (var entries = Files.list(unpacked)) {
            Path home = entries.filter(path -> path.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + unpacked + ": it is unpacked in pre-integration-test (./mvnw verify)"));
            Directories.delete(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of("docker/keycloak/kurkiaura-realm.json"), imports.resolve("kurkiaura-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--import-realm", "--health-enabled=false"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile());
            Map<String, String> environment = builder.environment();
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            environment.put("JAVA_OPTS_APPEND", "-Xmx768m");
            KeycloakProcess keycloak = new KeycloakProcess(builder.start());
            keycloak.awaitRealm(Duration.ofSeconds(240), home.resolve("keycloak.log"));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Duration timeout, Path log) {
        URI discovery = URI.create(ISSUER + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (Http.get(discovery).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // Keycloak is still starting
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not serve the realm within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
