package fi.kurkiaura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting an account tells the other features, with what to do about its content, and leaves a trace. */
@ExtendWith(ArquillianExtension.class)
class AccountDeletionIT {

    @Deployment
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClasses(AccountDeletionIT.class, DeletionWitness.class);
    }

    /** Stands in for the features that hold content (chat): records what it is told. */
    @ApplicationScoped
    public static class DeletionWitness {
        private final List<AccountDeleted> seen = new CopyOnWriteArrayList<>();

        void witness(@Observes AccountDeleted deleted) {
            seen.add(deleted);
        }

        public List<AccountDeleted> seen() {
            return List.copyOf(seen);
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    DeletionWitness witness;

    @Inject
    AuditLog audit;

    @Test
    void theDeletionIsAnnouncedWithTheConfiguredTreatmentOfContent() {
        Account account = accounts.register("poistuva@test.kurkiaura.fi", "Poistuva", "fi", "leaving password 1");
        accounts.grant(account.id(), Roles.FACILITATOR, RoleGrant.HUB, null);

        accounts.delete(account.id(), account.id());

        assertEquals(List.of(new AccountDeleted(account.id(), AccountDeleted.Content.ANONYMISE)), witness.seen());
        assertTrue(accounts.byId(account.id()).isEmpty());
        assertTrue(accounts.grantsOf(account.id()).isEmpty());
        assertTrue(audit.recent(account.id(), 10).stream().anyMatch(event -> event.action().equals("account.deleted")));
    }
}
