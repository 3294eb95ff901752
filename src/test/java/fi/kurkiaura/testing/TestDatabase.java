package fi.kurkiaura.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.opentest4j.TestAbortedException;

/**
 * The database of the Arquillian server in this test run: H2, its default, or a real PostgreSQL
 * started for the whole run when the run sets {@code kurkiaura.it.database=PostgreSQL} (the
 * failsafe execution "chat-on-postgresql" does, for the chat's tests). arquillian.xml passes
 * {@code kurkiaura.it.database-options} to the server. Registered for the JUnit launcher in
 * META-INF/services, so that the database is there before Arquillian starts the server.
 */
public final class TestDatabase implements LauncherSessionListener {

    private static PostgresProcess postgres;
    private static String unavailable;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String options = "-Dkurkiaura.db=H2";
        if ("PostgreSQL".equals(System.getProperty("kurkiaura.it.database"))) {
            try {
                postgres = PostgresProcess.start();
                options = "-Dkurkiaura.db=PostgreSQL -Dkurkiaura.db.url=" + postgres.jdbcUrl() + " -Dkurkiaura.db.user=" + postgres.user()
                        + " -Dkurkiaura.db.password=" + postgres.password();
            } catch (TestAbortedException missing) {
                unavailable = missing.getMessage();
            }
        }
        System.setProperty("kurkiaura.it.database-options", options);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Skips a test of a PostgreSQL run when no PostgreSQL is installed (off CI; on CI the run fails instead). */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }
}
