package fi.kurkiaura.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 9: conversations of kind STAFF (the coordinators' conversation). The check on
 * {@code conversation.kind} was declared without a name in migration 1, so each database named it
 * its own way; this finds it by what it checks, on H2 and on PostgreSQL, and replaces it with a
 * named one.
 */
class StaffConversationKind implements JavaMigration {

    private static final String NAMED_CHECK = "ALTER TABLE conversation ADD CONSTRAINT conversation_kind"
            + " CHECK (kind IN ('ROOM', 'PEER_GROUP', 'DIRECT', 'STAFF'))";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "staff conversations";
    }

    @Override
    public Integer getChecksum() {
        return NAMED_CHECK.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String checksOnKind = postgresql
                ? "SELECT conname FROM pg_constraint WHERE conrelid = 'conversation'::regclass AND contype = 'c'"
                        + " AND pg_get_constraintdef(oid) LIKE '%PEER_GROUP%'"
                : "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CHECK_CLAUSE LIKE '%PEER_GROUP%'"
                        + " AND CONSTRAINT_NAME IN (SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = 'CONVERSATION')";
        try (Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = statement.executeQuery(checksOnKind)) {
                while (found.next()) {
                    names.add(found.getString(1));
                }
            }
            if (names.isEmpty()) {
                throw new SQLException("No check on conversation.kind to replace: the schema is not what migration 8 left");
            }
            for (String name : names) {
                statement.execute("ALTER TABLE conversation DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
            statement.execute(NAMED_CHECK);
        }
    }
}
