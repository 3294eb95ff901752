package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/**
 * Invitation links: created by coordinators (members, or coordinators of what they coordinate)
 * and admins (any role), valid for 1 to 30 days, good for one account. Only a hash of the link's
 * secret is stored.
 */
@ApplicationScoped
public class Invitations {

    static final List<String> INVITABLE_ROLES = List.of(Roles.MEMBER, Roles.FACILITATOR, Roles.COORDINATOR);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A new invitation and the secret of its link, shown to its creator once. */
    public record Created(Invitation invitation, String secret) {
    }

    @Transactional
    public Created create(long creatorId, String role, String scope, int days) {
        String invitedRole = role == null ? Roles.MEMBER : role;
        String where = scope == null ? RoleGrant.HUB : scope.strip();
        if (!INVITABLE_ROLES.contains(invitedRole)) {
            throw new RefusedException(400, "An invitation is for one of " + String.join(", ", INVITABLE_ROLES));
        }
        if (days < 1 || days > 30) {
            throw new RefusedException(400, "An invitation is valid for 1 to 30 days");
        }
        boolean admin = accounts.hasRole(creatorId, Roles.ADMIN, RoleGrant.HUB);
        boolean mayGrant = invitedRole.equals(Roles.MEMBER) || admin
                || !where.isEmpty() && accounts.hasRole(creatorId, Roles.COORDINATOR, where);
        if (!mayGrant) {
            audit.record(creatorId, "invitation.refused", invitedRole + " of " + where, "may not invite this role");
            throw new RefusedException(403, "You may invite members, and " + invitedRole + "s only for a network or project you coordinate");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Invitation invitation = new Invitation(Tokens.hash(secret), invitedRole, invitedRole.equals(Roles.MEMBER) ? RoleGrant.HUB : where,
                creatorId, now, now.plus(Duration.ofDays(days)));
        entityManager.persist(invitation);
        audit.record(creatorId, "invitation.created", "invitation " + invitation.id(), invitedRole + (where.isEmpty() ? "" : " of " + where));
        return new Created(invitation, secret);
    }

    /** The invitation behind a link: 404 if there is none, 410 once it is used or expired. */
    public Invitation valid(String secret) {
        Invitation invitation = find(secret, LockModeType.NONE);
        refuseIfSpent(invitation);
        return invitation;
    }

    /** Creates the invited account with the invitation's role and uses the invitation up, at most once. */
    @Transactional
    public Account accept(String secret, String email, String displayName, String language, String password) {
        Invitation invitation = find(secret, LockModeType.PESSIMISTIC_WRITE);
        refuseIfSpent(invitation);
        Account account = accounts.register(email, displayName, language == null ? "fi" : language, password);
        if (!invitation.role().equals(Roles.MEMBER)) {
            accounts.grant(account.id(), invitation.role(), invitation.scope(), invitation.createdBy());
        }
        invitation.acceptedBy(account.id(), clock.instant());
        audit.record(account.id(), "invitation.accepted", "invitation " + invitation.id(), account.email());
        return account;
    }

    /** Invitations the account created (an admin sees all), newest first. */
    public List<Invitation> createdBy(long accountId) {
        boolean admin = accounts.hasRole(accountId, Roles.ADMIN, RoleGrant.HUB);
        return entityManager.createQuery("SELECT i FROM Invitation i" + (admin ? "" : " WHERE i.createdBy = :id") + " ORDER BY i.id DESC", Invitation.class)
                .setParameter("id", accountId).setMaxResults(500).getResultList();
    }

    @Transactional
    public void revoke(long accountId, long invitationId) {
        Invitation invitation = entityManager.find(Invitation.class, invitationId);
        if (invitation == null) {
            throw new RefusedException(404, "No invitation " + invitationId);
        }
        if (!accountId(invitation.createdBy()).equals(accountId) && !accounts.hasRole(accountId, Roles.ADMIN, RoleGrant.HUB)) {
            throw new RefusedException(403, "Invitation " + invitationId + " is not yours");
        }
        entityManager.remove(invitation);
        audit.record(accountId, "invitation.revoked", "invitation " + invitationId, null);
    }

    private static Long accountId(Long id) {
        return id == null ? Long.valueOf(-1) : id;
    }

    private void refuseIfSpent(Invitation invitation) {
        if (invitation.isUsed()) {
            throw new RefusedException(410, "This invitation has been used already; ask for a new one");
        }
        if (invitation.hasExpired(clock.instant())) {
            throw new RefusedException(410, "This invitation expired on " + invitation.expiresAt().truncatedTo(ChronoUnit.MINUTES) + " (UTC); ask for a new one");
        }
    }

    private Invitation find(String secret, LockModeType lock) {
        if (secret == null || secret.length() != 43) {
            throw new RefusedException(404, "No such invitation; check the link");
        }
        return entityManager.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", Tokens.hash(secret)).setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(404, "No such invitation; check the link"));
    }
}
