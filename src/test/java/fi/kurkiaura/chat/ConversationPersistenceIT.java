package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Conversations stored through JPA in the schema Flyway created, and read back. */
@ExtendWith(ArquillianExtension.class)
class ConversationPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClass(ConversationPersistenceIT.class);
    }

    @Inject
    Conversations conversations;

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Test
    void aRoomIsPersistedAndReadBack() {
        Conversation opened = conversations.openRoom("INKA-verkosto", "https://kurkiaura.fi/id/network/inka-satakunta");
        assertNotNull(opened.id());

        Conversation found = conversations.find(opened.id()).orElseThrow();
        assertEquals(ConversationKind.ROOM, found.kind());
        assertEquals("INKA-verkosto", found.title());
        assertEquals("https://kurkiaura.fi/id/network/inka-satakunta", found.aboutIri().orElseThrow());
        assertEquals(opened.createdAt().toEpochMilli(), found.createdAt().toEpochMilli());
    }

    @Test
    void aRoomWithoutATitleIsRefusedAndNothingIsStored() {
        long before = count();
        assertThrows(IllegalArgumentException.class, () -> conversations.openRoom("   ", null));
        assertEquals(before, count());
    }

    private long count() {
        return entityManager.createQuery("SELECT COUNT(c) FROM Conversation c", Long.class).getSingleResult();
    }
}
