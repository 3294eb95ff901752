package fi.kurkiaura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Tells the platform who is calling, on every request, through Jakarta Security: an API client by
 * its bearer token, a WebSocket handshake by its single-use ticket, a browser by its session (the
 * container's HttpSession, whose cookie is HttpOnly and SameSite=Lax). Anyone else is anonymous,
 * and the access rules decide what anonymous callers may do. The caller's name is the account id,
 * its groups the account's roles, read afresh on each request so that a revoked role or a deleted
 * account takes effect at once.
 */
@ApplicationScoped
public class KurkiauraAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: the id of the logged-in account. */
    public static final String SESSION_ACCOUNT = "kurkiaura.account";
    /** Session attribute: the session's CSRF token. */
    public static final String SESSION_CSRF_TOKEN = "kurkiaura.csrf-token";
    /** Request attribute: how the caller was authenticated (session, bearer or ticket). */
    public static final String AUTHENTICATED_BY = "kurkiaura.authenticated-by";
    /** Request attribute: why the credentials the request carries were refused; {@link RefusedCredentials} answers 401. */
    static final String REFUSED_CREDENTIALS = "kurkiaura.refused-credentials";

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Long> account = tokens.accountForBearer(authorization.substring(7).strip());
            return account.isPresent() ? caller(request, context, account.get(), "bearer")
                    : refuse(request, context, "The bearer token is unknown, expired or revoked");
        }
        String ticket = request.getRequestURI().startsWith(request.getContextPath() + "/ws/") ? request.getParameter("ticket") : null;
        if (ticket != null) {
            Optional<Long> account = tokens.redeemTicket(ticket);
            return account.isPresent() ? caller(request, context, account.get(), "ticket")
                    : refuse(request, context, "The WebSocket ticket is unknown, used or expired; ask for a new one");
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId) {
            if (accounts.byId(accountId).isPresent()) {
                return caller(request, context, accountId, "session");
            }
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus caller(HttpServletRequest request, HttpMessageContext context, long accountId, String how) {
        request.setAttribute(AUTHENTICATED_BY, how);
        accounts.seen(accountId);
        return context.notifyContainerAboutLogin(new CallerPrincipal(String.valueOf(accountId)), accounts.rolesOf(accountId));
    }

    /**
     * Credentials that were sent but are not valid: the request stays anonymous and is answered
     * 401 by {@link RefusedCredentials} (the platform's own failure answer would be an HTML page).
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String message) {
        request.setAttribute(REFUSED_CREDENTIALS, message);
        return context.doNothing();
    }
}
