package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.identity.RolesChanged;
import fi.kurkiaura.platform.DatabaseSchema;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The coordinators' conversation ("Koordinaattorit"), one for the hub: closed, of kind
 * {@link ConversationKind#STAFF}. Its members are the accounts with the coordinator or admin role
 * (for the hub or for any network or project), as moderators, and the assistants that post to it;
 * a grant adds the account at once and a revoke removes it, in the same transaction. Assistants
 * hand it what needs a human (the bot's unanswered questions).
 */
@ApplicationScoped
public class StaffRoom {

    static final String TITLE = "Koordinaattorit";
    private static final Set<String> STAFF_ROLES = Set.of(Roles.COORDINATOR, Roles.ADMIN);

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    DatabaseSchema schema;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    GroupCommit groupCommit;

    /**
     * This bean through its proxy: a call on {@code this} would bypass the transaction, and so does
     * one through the proxy to a package-private method (Weld in WildFly 39), hence the public ones.
     */
    @Inject
    StaffRoom self;

    private final Clock clock = Clock.systemUTC();

    /** Opens the conversation if there is none and brings its members in line with the roles (after the bootstrap accounts, at APPLICATION + 500). */
    void openAtStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) Startup startup) {
        if (schema.problem().isEmpty()) {
            self.openAndMatchRoles();
        }
    }

    @Transactional
    public void openAndMatchRoles() {
        Conversation room = room();
        Set<Long> staff = new HashSet<>(accounts.withAnyRole(STAFF_ROLES));
        staff.forEach(account -> memberships.add(room.id(), account, ConversationMember.Role.MODERATOR));
        entityManager.createQuery("SELECT m FROM ConversationMember m WHERE m.key.conversationId = :room AND m.role = :moderator", ConversationMember.class)
                .setParameter("room", room.id()).setParameter("moderator", ConversationMember.Role.MODERATOR).getResultList().stream()
                .filter(member -> !staff.contains(member.accountId())).forEach(entityManager::remove);
    }

    /** A grant or revoke of a role: the account is in the conversation exactly while it has a staff role. */
    void followRoles(@Observes RolesChanged changed) {
        Conversation room = room();
        boolean staff = accounts.rolesOf(changed.accountId()).stream().anyMatch(STAFF_ROLES::contains);
        ConversationMember member = entityManager.find(ConversationMember.class, new ConversationMember.Key(room.id(), changed.accountId()));
        if (staff && member == null) {
            memberships.add(room.id(), changed.accountId(), ConversationMember.Role.MODERATOR);
        } else if (!staff && member != null && member.role() == ConversationMember.Role.MODERATOR) {
            entityManager.remove(member);
        }
    }

    /**
     * Posts an assistant's message ({@code clientId} makes a repeat harmless); the assistant becomes
     * a member (not a moderator, so the roles never remove it) the first time.
     */
    public CompletableFuture<Messages.Sent> post(long assistantId, String clientId, String text) {
        long roomId = self.joined(assistantId);
        return groupCommit.send(roomId, assistantId, clientId, text);
    }

    @Transactional
    public long joined(long assistantId) {
        Conversation room = room();
        memberships.add(room.id(), assistantId, ConversationMember.Role.MEMBER);
        return room.id();
    }

    private Conversation room() {
        List<Conversation> found = entityManager.createQuery("SELECT c FROM Conversation c WHERE c.kind = :staff ORDER BY c.id", Conversation.class)
                .setParameter("staff", ConversationKind.STAFF).setMaxResults(1).getResultList();
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        Conversation room = new Conversation(ConversationKind.STAFF, TITLE, null, clock.instant());
        entityManager.persist(room);
        return room;
    }
}
