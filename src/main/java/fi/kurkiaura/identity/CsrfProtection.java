package fi.kurkiaura.identity;

import fi.kurkiaura.platform.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) authenticated by the session
 * cookie unless it carries the session's CSRF token in {@code X-CSRF-Token}; a page on another site
 * can make the browser send the cookie, but cannot read the token. Bearer-token clients send no
 * cookie and need no token. Logging in is exempt: it replaces the session.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfProtection implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest servletRequest;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !"session".equals(servletRequest.getAttribute(KurkiauraAuthentication.AUTHENTICATED_BY))
                || request.getMethod().equals("POST") && request.getUriInfo().getPath().equals("/session")) {
            return;
        }
        HttpSession session = servletRequest.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(KurkiauraAuthentication.SESSION_CSRF_TOKEN);
        String sent = request.getHeaderString(HEADER);
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            audit.record(Callers.accountIdOrNull(request.getSecurityContext()), "csrf.refused",
                    request.getMethod() + " " + request.getUriInfo().getPath(), sent == null ? "no token" : "wrong token");
            request.abortWith(ErrorResponse.of(403, "Missing or wrong CSRF token: send the " + HEADER + " header that GET /api/session gives"));
        }
    }
}
