package fi.kurkiaura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who can log in. Every account is a member; further roles are {@link RoleGrant}s. The
 * password is only ever held as a slow hash; after repeated failed logins the account is locked
 * for a while.
 */
@Entity
public class Account {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME_LENGTH)
    private String displayName;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "person_iri", length = 2000)
    private String personIri;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected Account() {
    }

    public Account(String email, String displayName, String language, Instant createdAt) {
        this.email = normalisedEmail(email);
        rename(displayName);
        speak(language);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Emails compare without case and surrounding space; anything without an @ between two parts is not one. */
    public static String normalisedEmail(String email) {
        String normal = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        if (normal.length() > 254 || !normal.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Not an email address: '" + email + "'");
        }
        return normal;
    }

    public void rename(String newName) {
        String name = Objects.requireNonNull(newName, "displayName").strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.displayName = name;
    }

    public void speak(String newLanguage) {
        if (!LANGUAGES.contains(newLanguage)) {
            throw new IllegalArgumentException("Unsupported language '" + newLanguage + "'; use one of " + String.join(", ", LANGUAGES));
        }
        this.language = newLanguage;
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public void linkToPerson(String iri) {
        this.personIri = iri;
    }

    /** Whether logins are refused at {@code now} because of earlier failures. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; the {@code maxFailures}-th in a row locks the account for {@code lockFor}. */
    void failedLogin(Instant now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    void loggedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastSeenAt = now;
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    public Optional<String> personIri() {
        return Optional.ofNullable(personIri);
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastSeenAt() {
        return Optional.ofNullable(lastSeenAt);
    }
}
