package fi.kurkiaura.coordination;

import fi.kurkiaura.platform.HubSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs calendar-feed addresses so that they cannot be guessed: a feed is served only with the
 * HMAC-SHA256 of its name under the hub's key. The key is {@code kurkiaura.calendar.secret} when
 * configured; otherwise one the hub makes on first use ({@link HubSecrets}), so that every node and
 * every restart signs alike.
 */
@ApplicationScoped
public class FeedSigner {

    private static final String SECRET_NAME = "calendar-feeds";

    @Inject
    HubSecrets secrets;

    @Inject
    @ConfigProperty(name = "kurkiaura.calendar.secret")
    Optional<String> configured;

    private volatile byte[] key;

    /** The signature of feed {@code name} ("network/tyohame"): 128 bits, base64url. */
    public String sign(String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }

    /** Whether {@code signature} is feed {@code name}'s, compared in constant time. */
    public boolean verify(String name, String signature) {
        return signature != null && MessageDigest.isEqual(sign(name).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        if (key == null) {
            key = configured.filter(secret -> !secret.isBlank()).map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(() -> secrets.key(SECRET_NAME));
        }
        return key;
    }
}
