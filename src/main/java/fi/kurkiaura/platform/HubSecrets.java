package fi.kurkiaura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Keys the hub makes for itself on first use and keeps in the database ({@code hub_secret}), so
 * that every node and every restart use the same one. When two nodes make the same key at once,
 * the first one stored wins and both use it.
 */
@ApplicationScoped
public class HubSecrets {

    @Inject
    SecretRows rows;

    /** The 256-bit key called {@code name}, made now if the hub has none yet. */
    public byte[] key(String name) {
        Optional<String> stored = rows.stored(name);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                rows.store(name, Base64.getEncoder().encodeToString(fresh));
            } catch (PersistenceException | TransactionalException anotherNodeStoredOneFirst) {
                // Its key is the one read below.
            }
            stored = rows.stored(name);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }
}
