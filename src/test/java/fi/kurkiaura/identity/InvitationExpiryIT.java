package fi.kurkiaura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.platform.RefusedException;
import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An invitation past its expiry is refused with 410, and accepting it creates no account. */
@ExtendWith(ArquillianExtension.class)
class InvitationExpiryIT {

    @Deployment
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClass(InvitationExpiryIT.class);
    }

    @Inject
    Invitations invitations;

    @Inject
    Accounts accounts;

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    UserTransaction transaction;

    @Test
    void anExpiredInvitationIsGone() throws Exception {
        long admin = accounts.byEmail("admin@test.kurkiaura.fi").orElseThrow().id();
        Invitations.Created created = invitations.create(admin, Roles.MEMBER, null, 1);
        transaction.begin();
        entityManager.createQuery("UPDATE Invitation i SET i.expiresAt = :past WHERE i.id = :id")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("id", created.invitation().id()).executeUpdate();
        transaction.commit();

        RefusedException expired = assertThrows(RefusedException.class, () -> invitations.valid(created.secret()));
        assertEquals(410, expired.status());
        assertTrue(expired.getMessage().startsWith("This invitation expired on"), expired.getMessage());
        assertEquals(410, assertThrows(RefusedException.class, () -> invitations.accept(created.secret(),
                "myohassa@test.kurkiaura.fi", "Myöhässä", "fi", "late password 1")).status());
        assertTrue(accounts.byEmail("myohassa@test.kurkiaura.fi").isEmpty());
    }
}
