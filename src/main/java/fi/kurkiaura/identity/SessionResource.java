package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Logging in and out. A browser logs in with email and password and gets a session cookie and a
 * CSRF token; an API client asks for a bearer token instead ({@code "bearer": true}).
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final Duration API_TOKEN_VALIDITY = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    Tokens tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    OidcLogin oidc;

    @Context
    HttpServletRequest request;

    /** A login: email and password; {@code bearer} asks for a bearer token instead of a session. */
    public record Credentials(String email, String password, Boolean bearer, String tokenName) {
    }

    /** The caller as the UI sees it; {@code bearerToken} only right after a bearer login. */
    public record SessionView(boolean authenticated, AccountView account, Set<String> roles, List<GrantView> grants,
            String csrfToken, String bearerToken, Instant bearerExpiresAt, boolean oidcLogin) {
    }

    public record AccountView(long id, String email, String displayName, String language, String personIri) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.email(), account.displayName(), account.language(), account.personIri().orElse(null));
        }
    }

    public record GrantView(String role, String scope) {
        static List<GrantView> of(List<RoleGrant> grants) {
            return grants.stream().map(grant -> new GrantView(grant.role(), grant.scope())).toList();
        }
    }

    /** A ticket for one WebSocket handshake: {@code /ws/chat?ticket=…} within a minute. */
    public record Ticket(String ticket, Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with email and password: a session cookie and CSRF token, or with bearer=true a bearer token (30 days)")
    public Response login(Credentials credentials) {
        if (credentials == null || credentials.email() == null || credentials.password() == null) {
            throw new RefusedException(400, "Send {\"email\": \"…\", \"password\": \"…\"}");
        }
        String address = request.getRemoteAddr();
        throttle.checkAllowed(address);
        return switch (accounts.login(credentials.email(), credentials.password())) {
            case Accounts.Login.WrongCredentials wrong -> {
                throttle.failed(address);
                throw new RefusedException(401, "Wrong email or password");
            }
            case Accounts.Login.Locked locked -> {
                throttle.failed(address);
                long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
                yield Response.status(429).header("Retry-After", seconds)
                        .entity(new fi.kurkiaura.platform.ErrorResponse("Too many failed logins: the account is locked until "
                                + locked.until().truncatedTo(ChronoUnit.SECONDS) + " (UTC)"))
                        .type(MediaType.APPLICATION_JSON_TYPE).build();
            }
            case Accounts.Login.Success success -> Response.ok(Boolean.TRUE.equals(credentials.bearer())
                    ? bearerLogin(success.account(), credentials.tokenName()) : sessionLogin(success.account())).build();
        };
    }

    @GET
    @Operation(summary = "Who is logged in: account, roles, role grants and the session's CSRF token")
    public SessionView current(@Context SecurityContext security) {
        Long accountId = Callers.accountIdOrNull(security);
        if (accountId == null) {
            return new SessionView(false, null, Set.of(), List.of(), null, null, null, oidc.isEnabled());
        }
        Account account = accounts.byId(accountId).orElseThrow(() -> new RefusedException(401, "Log in first"));
        HttpSession session = request.getSession(false);
        String csrf = session == null ? null : (String) session.getAttribute(KurkiauraAuthentication.SESSION_CSRF_TOKEN);
        return view(account, csrf, null, null);
    }

    @DELETE
    @Operation(summary = "Log out: ends the session, or revokes the bearer token used for this call")
    public Response logout(@Context SecurityContext security) {
        Long accountId = Callers.accountIdOrNull(security);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revokeBySecret(authorization.substring(7).strip());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (accountId != null) {
            audit.record(accountId, "logout", null, null);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/websocket-ticket")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "A single-use ticket for one WebSocket handshake within a minute (for clients that cannot send the cookie)")
    public Ticket websocketTicket(@Context SecurityContext security) {
        Tokens.Issued issued = tokens.issueTicket(Callers.accountId(security));
        return new Ticket(issued.secret(), issued.token().expiresAt());
    }

    /** Starts a browser session for {@code account}, replacing any earlier one (no session fixation); the view carries its CSRF token. */
    SessionView sessionLogin(Account account) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session = request.getSession(true);
        String csrf = randomToken();
        session.setAttribute(KurkiauraAuthentication.SESSION_ACCOUNT, account.id());
        session.setAttribute(KurkiauraAuthentication.SESSION_CSRF_TOKEN, csrf);
        return view(account, csrf, null, null);
    }

    private SessionView bearerLogin(Account account, String tokenName) {
        Tokens.Issued issued = tokens.issueLoginToken(account.id(), tokenName == null ? "login" : tokenName, API_TOKEN_VALIDITY);
        audit.record(account.id(), "token.issued", issued.token().name(), "at login");
        return view(account, null, issued.secret(), issued.token().expiresAt());
    }

    private SessionView view(Account account, String csrf, String bearer, Instant bearerExpiresAt) {
        return new SessionView(true, AccountView.of(account), accounts.rolesOf(account.id()), GrantView.of(accounts.grantsOf(account.id())),
                csrf, bearer, bearerExpiresAt, oidc.isEnabled());
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
