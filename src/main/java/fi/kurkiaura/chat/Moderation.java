package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.identity.AuditLog;
import fi.kurkiaura.identity.RoleGrant;
import fi.kurkiaura.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeping conversations civil: members report messages; moderators (a room's opener, a peer
 * group's facilitators) mute, kick and ban members and set a slow mode; reports go to the
 * conversation's moderators and to the coordinators of what it is about (and admins). Every action
 * is audited. Deleting any message is {@link Messages#delete}.
 */
@ApplicationScoped
public class Moderation {

    static final Duration LONGEST_MUTE = Duration.ofDays(30);
    static final int SLOWEST_MODE_SECONDS = 3600;

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Memberships memberships;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Fanout fanout;

    @Inject
    Event<ReportFiled> filed;

    @Inject
    Event<RemovedFromConversation> removals;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Report report(long conversationId, long reporterId, long messageSeq, String reason) {
        memberships.requireMember(conversationId, reporterId);
        boolean isMessage = !entityManager.createQuery("SELECT e.id FROM ChatEvent e WHERE e.conversationId = :conversation AND e.seq = :seq AND e.kind = :message", Long.class)
                .setParameter("conversation", conversationId).setParameter("seq", messageSeq).setParameter("message", ChatEvent.Kind.MESSAGE)
                .getResultList().isEmpty();
        if (!isMessage) {
            throw new ChatRefusedException("no-such-message", 404, "No message " + messageSeq + " in conversation " + conversationId);
        }
        if (reason != null && reason.length() > 1000) {
            throw new ChatRefusedException("too-long", 400, "A report's reason has at most 1000 characters");
        }
        Report report = new Report(conversationId, messageSeq, reporterId, reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
        entityManager.persist(report);
        audit.record(reporterId, "chat.reported", "conversation " + conversationId, "message " + messageSeq);
        filed.fire(new ReportFiled(report, handlers(conversationId)));
        return report;
    }

    void tellHandlers(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportFiled filedReport) {
        String frame = ChatFrames.report(filedReport.report());
        filedReport.handlers().forEach(account -> fanout.tell(account, frame));
    }

    /** Open reports the account handles: of conversations it moderates, or (coordinators, admins) that are about what it coordinates. */
    public List<Report> openReports(long accountId) {
        return entityManager.createQuery("SELECT r FROM Report r WHERE r.resolvedAt IS NULL ORDER BY r.reportedAt", Report.class)
                .getResultList().stream().filter(report -> handles(accountId, report.conversationId())).toList();
    }

    @Transactional
    public void resolve(long reportId, long moderatorId) {
        Report report = entityManager.find(Report.class, reportId);
        if (report == null || !handles(moderatorId, report.conversationId())) {
            throw new ChatRefusedException("no-such-report", 404, "No report " + reportId + " for you");
        }
        report.resolve(moderatorId, clock.instant());
        audit.record(moderatorId, "chat.report-resolved", "report " + reportId, null);
    }

    @Transactional
    public void mute(long conversationId, long moderatorId, long accountId, Duration duration) {
        ConversationMember member = target(conversationId, moderatorId, accountId);
        if (duration.isNegative() || duration.compareTo(LONGEST_MUTE) > 0) {
            throw new ChatRefusedException("invalid-duration", 400, "A mute lasts 0 minutes (unmute) to 30 days");
        }
        member.muteUntil(clock.instant().plus(duration));
        audit.record(moderatorId, "chat.muted", "conversation " + conversationId, "account " + accountId + " for " + duration.toMinutes() + " min");
    }

    /** Removes a member; a kicked member of a room may join again, one of a peer group must ask again. */
    @Transactional
    public void kick(long conversationId, long moderatorId, long accountId) {
        entityManager.remove(target(conversationId, moderatorId, accountId));
        removals.fire(new RemovedFromConversation(conversationId, accountId));
        audit.record(moderatorId, "chat.kicked", "conversation " + conversationId, "account " + accountId);
    }

    /** Removes a member and keeps them out until unbanned. */
    @Transactional
    public void ban(long conversationId, long moderatorId, long accountId, String reason) {
        entityManager.remove(target(conversationId, moderatorId, accountId));
        if (entityManager.find(Ban.class, new ConversationMember.Key(conversationId, accountId)) == null) {
            entityManager.persist(new Ban(conversationId, accountId, moderatorId, reason == null ? null : reason.strip(), clock.instant()));
        }
        removals.fire(new RemovedFromConversation(conversationId, accountId));
        audit.record(moderatorId, "chat.banned", "conversation " + conversationId, "account " + accountId);
    }

    @Transactional
    public void unban(long conversationId, long moderatorId, long accountId) {
        requireModerator(conversationId, moderatorId);
        Ban ban = entityManager.find(Ban.class, new ConversationMember.Key(conversationId, accountId));
        if (ban != null) {
            entityManager.remove(ban);
            audit.record(moderatorId, "chat.unbanned", "conversation " + conversationId, "account " + accountId);
        }
    }

    @Transactional
    public void slowMode(long conversationId, long moderatorId, int seconds) {
        requireModerator(conversationId, moderatorId);
        if (seconds < 0 || seconds > SLOWEST_MODE_SECONDS) {
            throw new ChatRefusedException("invalid-duration", 400, "Slow mode is 0 (off) to " + SLOWEST_MODE_SECONDS + " seconds");
        }
        entityManager.find(Conversation.class, conversationId).slowDownTo(seconds);
        audit.record(moderatorId, "chat.slow-mode", "conversation " + conversationId, seconds + " s");
    }

    private ConversationMember target(long conversationId, long moderatorId, long accountId) {
        requireModerator(conversationId, moderatorId);
        ConversationMember member = entityManager.find(ConversationMember.class, new ConversationMember.Key(conversationId, accountId));
        if (member == null) {
            throw new ChatRefusedException("not-a-member", 404, "Account " + accountId + " is not in conversation " + conversationId);
        }
        if (member.role() == ConversationMember.Role.MODERATOR) {
            throw new ChatRefusedException("moderator", 403, "Moderators are not muted, kicked or banned by each other; ask an admin");
        }
        return member;
    }

    private void requireModerator(long conversationId, long accountId) {
        memberships.requireMember(conversationId, accountId);
        if (!memberships.isModerator(conversationId, accountId)) {
            throw new ChatRefusedException("not-a-moderator", 403, "Only the conversation's moderators do this");
        }
    }

    private boolean handles(long accountId, long conversationId) {
        if (memberships.isModerator(conversationId, accountId) || accounts.hasRole(accountId, Roles.ADMIN, RoleGrant.HUB)) {
            return true;
        }
        String about = entityManager.find(Conversation.class, conversationId).aboutIri().orElse(null);
        return accounts.hasRole(accountId, Roles.COORDINATOR, about);
    }

    /** Who hears of a report: the conversation's moderators, the coordinators of what it is about, the admins. */
    private Set<Long> handlers(long conversationId) {
        Set<Long> handlers = new HashSet<>(entityManager.createQuery(
                "SELECT m.key.accountId FROM ConversationMember m WHERE m.key.conversationId = :conversation AND m.role = :moderator", Long.class)
                .setParameter("conversation", conversationId).setParameter("moderator", ConversationMember.Role.MODERATOR).getResultList());
        String about = entityManager.find(Conversation.class, conversationId).aboutIri().orElse(RoleGrant.HUB);
        handlers.addAll(entityManager.createQuery("SELECT g.accountId FROM RoleGrant g WHERE (g.role = :coordinator AND (g.scope = :about OR g.scope = ''))"
                + " OR (g.role = :admin AND g.scope = '')", Long.class)
                .setParameter("coordinator", Roles.COORDINATOR).setParameter("admin", Roles.ADMIN).setParameter("about", about).getResultList());
        return handlers;
    }
}
