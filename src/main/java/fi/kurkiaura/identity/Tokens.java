package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for API clients and single-use tickets for WebSocket handshakes: 256 random bits,
 * shown once, stored only as a SHA-256 hash, each with an expiry.
 */
@ApplicationScoped
public class Tokens {

    static final Duration TICKET_VALIDITY = Duration.ofSeconds(60);
    static final int MAX_API_TOKENS = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    /** A token as issued: the secret (shown to its owner once) and what is stored about it. */
    public record Issued(String secret, AccessToken token) {
    }

    /** A token asked for by name from the profile; refused (409) when the account has {@value #MAX_API_TOKENS} already. */
    @Transactional
    public Issued issueApiToken(long accountId, String name, Duration validity) {
        if (list(accountId).size() >= MAX_API_TOKENS) {
            throw new RefusedException(409, "An account has at most " + MAX_API_TOKENS + " tokens; revoke one first");
        }
        return issueChecked(accountId, name, validity);
    }

    /**
     * A token for a client that logs in with a password: at the limit, the account's oldest token
     * makes room, as a new session would replace an old one.
     */
    @Transactional
    public Issued issueLoginToken(long accountId, String name, Duration validity) {
        List<AccessToken> existing = list(accountId);
        for (int oldest = 0; oldest <= existing.size() - MAX_API_TOKENS; oldest++) {
            entityManager.remove(existing.get(oldest));
        }
        return issueChecked(accountId, name, validity);
    }

    private Issued issueChecked(long accountId, String name, Duration validity) {
        String label = name == null || name.isBlank() ? "API" : name.strip();
        if (label.length() > 100) {
            throw new RefusedException(400, "A token name has at most 100 characters");
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(365)) > 0) {
            throw new RefusedException(400, "A token is valid for 1 to 365 days");
        }
        return issue(accountId, AccessToken.Kind.API, label, validity);
    }

    /** A ticket for one WebSocket handshake within {@link #TICKET_VALIDITY}. */
    @Transactional
    public Issued issueTicket(long accountId) {
        return issue(accountId, AccessToken.Kind.WEBSOCKET, "WebSocket", TICKET_VALIDITY);
    }

    /** The account a bearer token stands for, if it is a valid API token. */
    @Transactional
    public Optional<Long> accountForBearer(String secret) {
        Instant now = clock.instant();
        return find(secret, AccessToken.Kind.API).filter(token -> token.isValidAt(now)).map(token -> {
            if (token.lastUsedAt().map(last -> last.isBefore(now.minus(Duration.ofMinutes(5)))).orElse(true)) {
                token.used(now);
            }
            return token.accountId();
        });
    }

    /** Uses up a WebSocket ticket: the account it was issued to, once, if it has not expired. */
    @Transactional
    public Optional<Long> redeemTicket(String secret) {
        Optional<AccessToken> ticket = find(secret, AccessToken.Kind.WEBSOCKET);
        ticket.ifPresent(entityManager::remove);
        return ticket.filter(found -> found.isValidAt(clock.instant())).map(AccessToken::accountId);
    }

    public List<AccessToken> list(long accountId) {
        return entityManager.createQuery("SELECT t FROM AccessToken t WHERE t.accountId = :id AND t.kind = :kind ORDER BY t.id", AccessToken.class)
                .setParameter("id", accountId).setParameter("kind", AccessToken.Kind.API).getResultList();
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        AccessToken token = entityManager.find(AccessToken.class, tokenId);
        if (token == null || token.accountId() != accountId) {
            throw new RefusedException(token == null ? 404 : 403, token == null ? "No token " + tokenId : "Token " + tokenId + " is not yours");
        }
        entityManager.remove(token);
    }

    @Transactional
    public void revokeBySecret(String secret) {
        find(secret, AccessToken.Kind.API).ifPresent(entityManager::remove);
    }

    /** Issues a token; the account's expired tokens and unused tickets go first, so the table only holds live ones. */
    private Issued issue(long accountId, AccessToken.Kind kind, String name, Duration validity) {
        entityManager.createQuery("DELETE FROM AccessToken t WHERE t.accountId = :account AND t.expiresAt < :now")
                .setParameter("account", accountId).setParameter("now", clock.instant()).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        AccessToken token = new AccessToken(accountId, kind, name, hash(secret), now, now.plus(validity));
        entityManager.persist(token);
        return new Issued(secret, token);
    }

    private Optional<AccessToken> find(String secret, AccessToken.Kind kind) {
        if (secret == null || secret.length() != 43) {
            return Optional.empty();
        }
        return entityManager.createQuery("SELECT t FROM AccessToken t WHERE t.tokenHash = :hash AND t.kind = :kind", AccessToken.class)
                .setParameter("hash", hash(secret)).setParameter("kind", kind).getResultStream().findFirst();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
