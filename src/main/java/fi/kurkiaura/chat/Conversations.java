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

    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(entityManager.find(Conversation.class, id));
    }
}
