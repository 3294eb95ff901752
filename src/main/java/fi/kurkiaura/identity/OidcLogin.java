package fi.kurkiaura.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login through an OpenID Connect provider such as Keycloak, when one is configured
 * ({@code KURKIAURA_OIDC_ISSUER}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET}): the authorization
 * code flow with PKCE, state and nonce; the code is exchanged on the back channel and the ID token's
 * signature is checked against the provider's published keys, with its issuer, audience, expiry and
 * nonce. The person is then known by the verified email of the token.
 */
@ApplicationScoped
public class OidcLogin {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "kurkiaura.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "kurkiaura.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "kurkiaura.oidc.client-secret")
    Optional<String> clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Provider provider;

    /** A login under way, kept in the browser's pre-login session between the redirect and the callback. */
    public record Pending(String state, String nonce, String codeVerifier, String redirectUri) implements Serializable {
    }

    /** Who the provider says logged in. */
    public record Identity(String subject, String email, String name, String locale) {
    }

    /** The provider's endpoints, from its discovery document. */
    private record Provider(String issuer, URI authorization, URI token, JWKSource<SecurityContext> keys) {
    }

    public boolean isEnabled() {
        return issuer.isPresent() && clientId.isPresent();
    }

    public Pending begin(String redirectUri) {
        return new Pending(random(), random(), random(), redirectUri);
    }

    /** Where to send the browser: the provider's login page, asking to come back to {@code pending.redirectUri()}. */
    public URI authorizationUri(Pending pending) {
        Map<String, String> parameters = Map.of(
                "response_type", "code", "client_id", clientId.orElseThrow(), "redirect_uri", pending.redirectUri(),
                "scope", "openid email profile", "state", pending.state(), "nonce", pending.nonce(),
                "code_challenge", challenge(pending.codeVerifier()), "code_challenge_method", "S256");
        return URI.create(provider().authorization() + "?" + form(parameters));
    }

    /** Checks the callback, exchanges the code, verifies the ID token; 401 with the reason if anything is wrong. */
    public Identity complete(Pending pending, String code, String state) {
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), pending.state().getBytes(StandardCharsets.UTF_8))) {
            throw new RefusedException(401, "The login came back with a wrong state");
        }
        if (code == null || code.isBlank()) {
            throw new RefusedException(401, "The provider sent no code");
        }
        JsonObject tokens = post(provider().token(), Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", pending.redirectUri(), "client_id", clientId.orElseThrow(), "client_secret", clientSecret.orElse(""),
                "code_verifier", pending.codeVerifier()));
        if (!tokens.containsKey("id_token")) {
            throw new RefusedException(401, "The provider refused the code: " + tokens.getString("error_description", tokens.getString("error", "no ID token")));
        }
        JWTClaimsSet claims = verified(tokens.getString("id_token"), pending.nonce());
        try {
            String email = claims.getStringClaim("email");
            if (email == null || !Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
                throw new RefusedException(403, "The provider has no verified email for this person");
            }
            String name = Optional.ofNullable(claims.getStringClaim("name")).orElse(email);
            return new Identity(claims.getSubject(), email, name, claims.getStringClaim("locale"));
        } catch (java.text.ParseException e) {
            throw new RefusedException(401, "The ID token's claims are malformed");
        }
    }

    private JWTClaimsSet verified(String idToken, String nonce) {
        Provider known = provider();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), known.keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId.orElseThrow(),
                new JWTClaimsSet.Builder().issuer(known.issuer()).claim("nonce", nonce).build(), Set.of("sub", "exp", "iat")));
        try {
            return processor.process(idToken, null);
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new RefusedException(401, "The ID token is not valid: " + e.getMessage());
        }
    }

    private Provider provider() {
        Provider known = provider;
        if (known == null) {
            String base = issuer.orElseThrow(() -> new RefusedException(404, "OIDC login is not configured here")).replaceAll("/+$", "");
            JsonObject discovery = get(URI.create(base + "/.well-known/openid-configuration"));
            try {
                known = new Provider(discovery.getString("issuer"), URI.create(discovery.getString("authorization_endpoint")),
                        URI.create(discovery.getString("token_endpoint")),
                        JWKSourceBuilder.create(URI.create(discovery.getString("jwks_uri")).toURL()).retrying(true).build());
            } catch (IOException | RuntimeException e) {
                throw new RefusedException(503, "The OIDC provider's discovery document is unusable: " + e.getMessage());
            }
            provider = known;
        }
        return known;
    }

    private JsonObject get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private JsonObject post(URI uri, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    private JsonObject send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(503, "The OIDC provider does not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException(503, "Interrupted while asking the OIDC provider");
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
