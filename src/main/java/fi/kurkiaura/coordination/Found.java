package fi.kurkiaura.coordination;

import fi.kurkiaura.platform.RefusedException;
import jakarta.persistence.EntityManager;

/** A row the request names by its id, which must exist: else 404 with what was missing ("No meeting 42"). */
final class Found {

    private Found() {
    }

    static <T> T by(EntityManager entityManager, Class<T> type, long id, String what) {
        T found = entityManager.find(type, id);
        if (found == null) {
            throw new RefusedException(404, "No " + what + " " + id);
        }
        return found;
    }
}
