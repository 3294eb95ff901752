package fi.kurkiaura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The record of security-relevant actions: logins and failed logins, lockouts, role changes,
 * invitations, deletions, exports, refused requests. Each entry is written in its own transaction,
 * so it stays even when the action it records fails.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    HttpServletRequest request;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Long actorId, String action, String target, String detail) {
        entityManager.persist(new AuditEvent(clock.instant(), actorId, action, target, detail, remoteAddress()));
    }

    /** The newest entries first, all or those of one actor. */
    public List<AuditEvent> recent(Long actorId, int limit) {
        String where = actorId == null ? "" : " WHERE e.actorId = :actor";
        var query = entityManager.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setMaxResults(Math.max(1, Math.min(limit, 1000)));
        if (actorId != null) {
            query.setParameter("actor", actorId);
        }
        return query.getResultList();
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
