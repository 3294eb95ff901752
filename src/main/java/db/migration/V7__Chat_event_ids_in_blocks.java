package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Chat events take their ids from a sequence in blocks of 50 instead of from the identity column
 * one insert at a time: the messages stored together in one transaction then go to the database
 * as one batch. The sequence starts above the ids already given, which only code can know on every
 * database (H2 and PostgreSQL alike). Its name is not chat_event_id_seq: PostgreSQL gives that name
 * to the identity column's own sequence.
 */
public class V7__Chat_event_ids_in_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet highest = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM chat_event")) {
                highest.next();
                next = highest.getLong(1);
            }
            statement.execute("CREATE SEQUENCE chat_event_ids START WITH " + next + " INCREMENT BY 50");
        }
    }
}
