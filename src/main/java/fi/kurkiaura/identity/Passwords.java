package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing through the platform's PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}),
 * with HMAC-SHA-512 and 210 000 iterations (OWASP's 2023 figure), and the password rules.
 */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when an email has no account, so that a wrong email takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy password that matches nothing".toCharArray());
    }

    /** The hash to store for a new password; a password outside the rules is refused with 400. */
    String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new RefusedException(400, "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return pbkdf2.generate(password.toCharArray());
    }

    boolean matches(String password, String storedHash) {
        return password != null && password.length() <= MAX_LENGTH && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification and fails. */
    boolean matchesNothing(String password) {
        matches(password, decoy);
        return false;
    }
}
