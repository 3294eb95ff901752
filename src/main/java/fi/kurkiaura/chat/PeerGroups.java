package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Account;
import fi.kurkiaura.identity.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Peer groups (vertaisryhmät): closed conversations led by their facilitators (the group's
 * moderators). One joins when a facilitator adds one, or by asking and being approved; the
 * facilitators hear of a request, and the asker of the answer, live on their connections.
 */
@ApplicationScoped
public class PeerGroups {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Memberships memberships;

    @Inject
    AuditLog audit;

    @Inject
    Event<Notice> notices;

    Clock clock = Clock.systemUTC();

    /** Asks to join; asking again replaces the message. */
    @Transactional
    public void requestToJoin(long groupId, long accountId, String message) {
        Conversation group = openGroup(groupId);
        memberships.refuseIfBanned(groupId, accountId);
        if (memberships.isMember(group.id(), accountId)) {
            throw new ChatRefusedException("already-member", 409, "You are a member of this group already");
        }
        if (message != null && message.length() > 500) {
            throw new ChatRefusedException("too-long", 400, "A request's message has at most 500 characters");
        }
        JoinRequest existing = entityManager.find(JoinRequest.class, new ConversationMember.Key(groupId, accountId));
        if (existing != null) {
            entityManager.remove(existing);
            entityManager.flush();
        }
        entityManager.persist(new JoinRequest(groupId, accountId, message == null || message.isBlank() ? null : message.strip(), clock.instant()));
        String name = entityManager.find(Account.class, accountId).displayName();
        notices.fire(new Notice(facilitators(groupId), ChatFrames.joinRequest(groupId, accountId, name)));
    }

    private Set<Long> facilitators(long groupId) {
        return Set.copyOf(entityManager.createQuery("SELECT m.key.accountId FROM ConversationMember m WHERE m.key.conversationId = :group AND m.role = :moderator",
                        Long.class)
                .setParameter("group", groupId).setParameter("moderator", ConversationMember.Role.MODERATOR).getResultList());
    }

    /** The requests waiting for the group's facilitators; only they may see them. */
    public List<JoinRequest> requests(long groupId, long facilitatorId) {
        requireFacilitator(groupId, facilitatorId);
        return entityManager.createQuery("SELECT r FROM JoinRequest r WHERE r.key.conversationId = :group ORDER BY r.requestedAt", JoinRequest.class)
                .setParameter("group", groupId).getResultList();
    }

    /** Approves a request, or adds someone who did not ask (an invitation by the facilitator). */
    @Transactional
    public void admit(long groupId, long facilitatorId, long accountId) {
        requireFacilitator(groupId, facilitatorId);
        openGroup(groupId);
        memberships.refuseIfBanned(groupId, accountId);
        JoinRequest request = entityManager.find(JoinRequest.class, new ConversationMember.Key(groupId, accountId));
        if (request != null) {
            entityManager.remove(request);
        }
        memberships.add(groupId, accountId, ConversationMember.Role.MEMBER);
        audit.record(facilitatorId, "peer-group.admitted", "conversation " + groupId, "account " + accountId);
        notices.fire(new Notice(Set.of(accountId), ChatFrames.done("admitted", null, groupId, null)));
    }

    @Transactional
    public void decline(long groupId, long facilitatorId, long accountId) {
        requireFacilitator(groupId, facilitatorId);
        JoinRequest request = entityManager.find(JoinRequest.class, new ConversationMember.Key(groupId, accountId));
        if (request == null) {
            throw new ChatRefusedException("no-such-request", 404, "Account " + accountId + " has not asked to join");
        }
        entityManager.remove(request);
        audit.record(facilitatorId, "peer-group.declined", "conversation " + groupId, "account " + accountId);
        notices.fire(new Notice(Set.of(accountId), ChatFrames.done("declined", null, groupId, null)));
    }

    private void requireFacilitator(long groupId, long accountId) {
        memberships.requireMember(groupId, accountId);
        if (!memberships.isModerator(groupId, accountId)) {
            throw new ChatRefusedException("not-a-facilitator", 403, "Only the group's facilitators do this");
        }
    }

    private Conversation openGroup(long groupId) {
        Conversation group = entityManager.find(Conversation.class, groupId);
        if (group == null || group.kind() != ConversationKind.PEER_GROUP) {
            throw new ChatRefusedException("no-such-conversation", 404, "No peer group " + groupId);
        }
        if (group.endsAt().map(end -> !clock.instant().isBefore(end)).orElse(false)) {
            throw new ChatRefusedException("ended", 410, "This peer group ended on " + group.endsAt().get());
        }
        return group;
    }
}
