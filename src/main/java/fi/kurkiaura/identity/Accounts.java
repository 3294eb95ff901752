package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts and their roles: registering, logging in (with lockout after repeated failures),
 * changing passwords, granting and revoking roles, deleting.
 */
@ApplicationScoped
public class Accounts {

    /** Roles that are granted; every account is a {@link Roles#MEMBER} without a grant. */
    public static final List<String> GRANTED_ROLES = List.of(Roles.FACILITATOR, Roles.COORDINATOR, Roles.ADMIN);

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountDeleted> deletions;

    @Inject
    Event<RolesChanged> roleChanges;

    @Inject
    @ConfigProperty(name = "kurkiaura.deleted-account.content", defaultValue = "anonymise")
    String deletedAccountContent;

    @Inject
    @ConfigProperty(name = "kurkiaura.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "kurkiaura.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    Clock clock = Clock.systemUTC();

    /** How exactly "last seen" is kept. */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(5);
    private final Map<Long, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** How a login went. */
    public sealed interface Login {
        /** The email and password match an account that is not locked. */
        record Success(Account account) implements Login {
        }

        /** No such account, or the wrong password: the caller is not told which. */
        record WrongCredentials() implements Login {
        }

        /** Too many failures in a row: no login, right or wrong, until {@code until}. */
        record Locked(Instant until) implements Login {
        }
    }

    @Transactional
    public Account register(String email, String displayName, String language, String password) {
        Account account = newAccount(email, displayName, language);
        account.setPasswordHash(passwords.hash(password));
        entityManager.persist(account);
        return account;
    }

    /**
     * The account of someone an OIDC provider vouches for, by their verified email: the existing one,
     * or a new member account without a password (it logs in through the provider only).
     */
    @Transactional
    public Account forExternalIdentity(String email, String displayName, String locale) {
        return byEmail(email).orElseGet(() -> {
            String language = locale != null && Account.LANGUAGES.contains(locale.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0])
                    ? locale.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0] : "fi";
            Account account = newAccount(email, displayName.length() > Account.MAX_NAME_LENGTH ? displayName.substring(0, Account.MAX_NAME_LENGTH) : displayName, language);
            entityManager.persist(account);
            audit.record(null, "account.created", account.email(), "first OIDC login");
            return account;
        });
    }

    /**
     * The account a program of the hub writes with (the bot in the chat): found by its email, or
     * made without a password, so that nobody logs in with it. Its email should be in a domain no
     * identity provider vouches for (such as {@code .invalid}).
     */
    @Transactional
    public Account forProgram(String email, String displayName, String language) {
        return byEmail(email).orElseGet(() -> {
            Account account = newAccount(email, displayName, language);
            entityManager.persist(account);
            audit.record(null, "account.created", account.email(), "an account for a program of the hub");
            return account;
        });
    }

    /** Accounts that have one of the roles, for the whole hub or for some network or project. */
    public List<Long> withAnyRole(Set<String> roles) {
        return entityManager.createQuery("SELECT DISTINCT g.accountId FROM RoleGrant g WHERE g.role IN :roles", Long.class)
                .setParameter("roles", roles).getResultList();
    }

    private Account newAccount(String email, String displayName, String language) {
        Account account;
        try {
            account = new Account(email, displayName, language, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new RefusedException(400, e.getMessage());
        }
        if (byEmail(account.email()).isPresent()) {
            throw new RefusedException(409, "An account with this email exists already");
        }
        return account;
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    public Optional<Account> byEmail(String email) {
        String normal;
        try {
            normal = Account.normalisedEmail(email);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", normal).getResultStream().findFirst();
    }

    public List<Account> all() {
        return entityManager.createQuery("SELECT a FROM Account a ORDER BY a.id", Account.class).getResultList();
    }

    /** Checks a password login; failures are counted (and audited) even though no one logs in. */
    @Transactional
    public Login login(String email, String password) {
        Instant now = clock.instant();
        Optional<Account> found = byEmail(email == null ? "" : email);
        if (found.isEmpty() || found.get().passwordHash().isEmpty()) {
            passwords.matchesNothing(password);
            audit.record(null, "login.failed", email == null ? null : email.strip(), "no such account");
            return new Login.WrongCredentials();
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            audit.record(account.id(), "login.locked", account.email(), "refused while locked");
            return new Login.Locked(account.lockedUntil().orElseThrow());
        }
        if (!passwords.matches(password, account.passwordHash().get())) {
            account.failedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
            boolean nowLocked = account.isLocked(now);
            audit.record(account.id(), nowLocked ? "account.locked" : "login.failed", account.email(), nowLocked
                    ? "locked for " + lockMinutes + " minutes after " + maxFailures + " failed logins" : "wrong password");
            return nowLocked ? new Login.Locked(account.lockedUntil().orElseThrow()) : new Login.WrongCredentials();
        }
        account.loggedIn(now);
        audit.record(account.id(), "login", account.email(), null);
        return new Login.Success(account);
    }

    @Transactional
    public void changePassword(long accountId, String current, String replacement) {
        Account account = existing(accountId);
        if (account.passwordHash().isEmpty() || !passwords.matches(current, account.passwordHash().get())) {
            audit.record(accountId, "password.change-refused", account.email(), "wrong current password");
            throw new RefusedException(403, "The current password is wrong");
        }
        account.setPasswordHash(passwords.hash(replacement));
        audit.record(accountId, "password.changed", account.email(), null);
    }

    /** Sets a password without knowing the old one: for the bootstrap admin and demo accounts. */
    @Transactional
    void setPassword(long accountId, String password) {
        existing(accountId).setPasswordHash(passwords.hash(password));
    }

    @Transactional
    public Account update(long accountId, String displayName, String language) {
        Account account = existing(accountId);
        try {
            if (displayName != null) {
                account.rename(displayName);
            }
            if (language != null) {
                account.speak(language);
            }
        } catch (IllegalArgumentException e) {
            throw new RefusedException(400, e.getMessage());
        }
        return account;
    }

    @Transactional
    public Account linkToPerson(long accountId, String personIri) {
        Account account = existing(accountId);
        account.linkToPerson(personIri);
        return account;
    }

    /**
     * Records that the account was active now, at most once per {@link #SEEN_PRECISION} per account
     * and node, so that an authenticated request does not cost a database write.
     */
    @Transactional
    public void seen(long accountId) {
        Instant now = clock.instant();
        Instant previous = lastRecorded.get(accountId);
        if (previous != null && previous.isAfter(now.minus(SEEN_PRECISION))) {
            return;
        }
        if (lastRecorded.size() > 100_000) {
            lastRecorded.clear();
        }
        lastRecorded.put(accountId, now);
        byId(accountId).ifPresent(account -> account.seen(now));
    }

    /**
     * Deletes the account, its roles and tokens, and tells the other features ({@link AccountDeleted})
     * so that what the person wrote is anonymised or removed in the same transaction; {@code actorId}
     * is who did it (the account itself or an admin).
     */
    @Transactional
    public void delete(long accountId, long actorId) {
        Account account = existing(accountId);
        entityManager.createQuery("DELETE FROM RoleGrant g WHERE g.accountId = :id").setParameter("id", accountId).executeUpdate();
        entityManager.createQuery("DELETE FROM AccessToken t WHERE t.accountId = :id").setParameter("id", accountId).executeUpdate();
        entityManager.remove(account);
        AccountDeleted.Content content = AccountDeleted.Content.valueOf(deletedAccountContent.strip().toUpperCase(java.util.Locale.ROOT));
        deletions.fire(new AccountDeleted(accountId, content));
        audit.record(actorId, "account.deleted", "account " + accountId, "their content: " + content.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Every role the account has, whatever the scope: member always. */
    public Set<String> rolesOf(long accountId) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.MEMBER);
        roles.addAll(entityManager.createQuery("SELECT DISTINCT g.role FROM RoleGrant g WHERE g.accountId = :id", String.class)
                .setParameter("id", accountId).getResultList());
        return roles;
    }

    public List<RoleGrant> grantsOf(long accountId) {
        return entityManager.createQuery("SELECT g FROM RoleGrant g WHERE g.accountId = :id ORDER BY g.role, g.scope", RoleGrant.class)
                .setParameter("id", accountId).getResultList();
    }

    /** Whether the account has {@code role} for {@code scope} (an IRI), or for the whole hub. */
    public boolean hasRole(long accountId, String role, String scope) {
        return !entityManager.createQuery("SELECT g.id FROM RoleGrant g WHERE g.accountId = :id AND g.role = :role AND (g.scope = :scope OR g.scope = '')", Long.class)
                .setParameter("id", accountId).setParameter("role", role).setParameter("scope", scope == null ? RoleGrant.HUB : scope)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public void grant(long accountId, String role, String scope, Long actorId) {
        existing(accountId);
        if (!GRANTED_ROLES.contains(role)) {
            throw new RefusedException(400, "Unknown role '" + role + "'; grant one of " + String.join(", ", GRANTED_ROLES));
        }
        String where = scope == null ? RoleGrant.HUB : scope.strip();
        if (grantsOf(accountId).stream().noneMatch(grant -> grant.role().equals(role) && grant.scope().equals(where))) {
            entityManager.persist(new RoleGrant(accountId, role, where, clock.instant()));
            audit.record(actorId, "role.granted", "account " + accountId, role + (where.isEmpty() ? " (hub)" : " of " + where));
            roleChanges.fire(new RolesChanged(accountId));
        }
    }

    @Transactional
    public void revoke(long accountId, String role, String scope, Long actorId) {
        String where = scope == null ? RoleGrant.HUB : scope.strip();
        int removed = entityManager.createQuery("DELETE FROM RoleGrant g WHERE g.accountId = :id AND g.role = :role AND g.scope = :scope")
                .setParameter("id", accountId).setParameter("role", role).setParameter("scope", where).executeUpdate();
        if (removed > 0) {
            audit.record(actorId, "role.revoked", "account " + accountId, role + (where.isEmpty() ? " (hub)" : " of " + where));
            roleChanges.fire(new RolesChanged(accountId));
        }
    }

    private Account existing(long accountId) {
        return byId(accountId).orElseThrow(() -> new RefusedException(404, "No account " + accountId));
    }
}
