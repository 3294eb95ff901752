package fi.kurkiaura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** A single-use, expiring link a coordinator or admin sends to let someone create an account with a role. */
@Entity
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String role;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    protected Invitation() {
    }

    Invitation(String tokenHash, String role, String scope, Long createdBy, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.role = role;
        this.scope = scope;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsed() {
        return acceptedAt != null;
    }

    boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void acceptedBy(long accountId, Instant now) {
        acceptedBy = accountId;
        acceptedAt = now;
    }

    public Long id() {
        return id;
    }

    public String role() {
        return role;
    }

    public String scope() {
        return scope;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }
}
