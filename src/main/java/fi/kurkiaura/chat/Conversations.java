package fi.kurkiaura.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Starts and finds conversations. */
@ApplicationScoped
public class Conversations {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Conversation openRoom(String title, String aboutIri) {
        Conversation room = new Conversation(ConversationKind.ROOM, title, aboutIri, clock.instant());
        entityManager.persist(room);
        return room;
    }

    /**
     * The direct conversation of two accounts, opened the first time either asks for it. If both
     * open it at once, the unique key lets one insert win; the other finds it.
     */
    @Transactional
    public Conversation direct(long me, long other, String title) {
        if (me == other) {
            throw new ChatRefusedException("invalid-direct", 400, "A direct conversation is with someone else");
        }
        Optional<Conversation> existing = entityManager.createQuery("SELECT c FROM Conversation c WHERE c.directKey = :key", Conversation.class)
                .setParameter("key", Conversation.directKey(me, other)).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Conversation direct = Conversation.direct(me, other, title, clock.instant());
        entityManager.persist(direct);
        return direct;
    }

    @Transactional
    public Conversation openPeerGroup(String title, String aboutIri, java.time.Instant endsAt) {
        Conversation group = new Conversation(ConversationKind.PEER_GROUP, title, aboutIri, clock.instant());
        group.endAt(endsAt);
        entityManager.persist(group);
        return group;
    }

    /**
     * The conversations about these resources of the graph that someone may join: rooms, and peer
     * groups that have not ended (joined on request). Oldest first.
     */
    public java.util.List<Conversation> joinableAbout(java.util.Collection<String> iris) {
        if (iris.isEmpty()) {
            return java.util.List.of();
        }
        return entityManager.createQuery("SELECT c FROM Conversation c WHERE c.aboutIri IN :iris AND (c.kind = :room"
                        + " OR (c.kind = :peerGroup AND (c.endsAt IS NULL OR c.endsAt > :now))) ORDER BY c.id", Conversation.class)
                .setParameter("iris", iris).setParameter("room", ConversationKind.ROOM).setParameter("peerGroup", ConversationKind.PEER_GROUP)
                .setParameter("now", clock.instant()).getResultList();
    }

    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(entityManager.find(Conversation.class, id));
    }
}
