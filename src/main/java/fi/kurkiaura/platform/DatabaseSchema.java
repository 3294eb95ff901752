package fi.kurkiaura.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the relational schema up to date with the migrations in {@code db/migration} and tells
 * whether the database can be used. A database that is down at start-up does not stop the
 * deployment: it is reported once in the log and by readiness, and the migration is retried when
 * readiness is next asked, so the hub becomes ready as soon as the database is back.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/KurkiauraDS")
    DataSource dataSource;

    private final ProblemLog problems = new ProblemLog(LOG);
    private volatile boolean migrated;

    void migrateAtStartup(@Observes Startup startup) {
        ensureMigrated();
    }

    /** Empty when the schema is current and the database answers; otherwise why not. */
    public Optional<String> problem() {
        Optional<String> migrationProblem = ensureMigrated();
        if (migrationProblem.isPresent()) {
            return migrationProblem;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(problems.report("the database does not answer: " + rootMessage(e), e));
        }
    }

    private synchronized Optional<String> ensureMigrated() {
        if (migrated) {
            return Optional.empty();
        }
        try {
            Flyway.configure(DatabaseSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .javaMigrations(new StaffConversationKind())
                    .load()
                    .migrate();
            migrated = true;
            problems.cleared("Kurkiaura database is usable again");
            LOG.info("Kurkiaura database schema is current");
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(problems.report("the database is unusable: " + rootMessage(e), e));
        }
    }

    /**
     * The most telling message in a chain of causes: the innermost SQLException's (the driver says
     * which host or file failed), else the innermost cause's.
     */
    static String rootMessage(Throwable error) {
        Throwable telling = null;
        Throwable root = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                telling = cause;
            }
            root = cause;
        }
        Throwable chosen = telling != null ? telling : root;
        String message = chosen.getMessage();
        return message == null ? chosen.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
