package fi.kurkiaura.chat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a WebSocket handshake through only for a logged-in caller (session cookie, bearer token or
 * a single-use ticket) and, when a browser sends an Origin, only from the hub's own origin or one
 * configured in {@code KURKIAURA_WEBSOCKET_ALLOWED_ORIGINS}: another site's page cannot open a chat
 * connection with the user's cookie. Refusals are 401 or 403 with a JSON reason, before any upgrade.
 */
@WebFilter(urlPatterns = "/ws/*", asyncSupported = true)
public class HandshakeGate extends HttpFilter {

    @Inject
    @ConfigProperty(name = "kurkiaura.websocket.allowed-origins")
    Optional<String> allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !isAllowed(origin, request)) {
            refuse(response, 403, "WebSocket connections from " + origin + " are not allowed");
        } else if (request.getUserPrincipal() == null) {
            refuse(response, 401, "Log in first: send the session cookie, a bearer token or a ticket (POST /api/session/websocket-ticket)");
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean isAllowed(String origin, HttpServletRequest request) {
        String own = request.getScheme() + "://" + request.getHeader("Host");
        return sameOrigin(origin, own) || configuredOrigins().stream().anyMatch(allowed -> sameOrigin(origin, allowed));
    }

    private List<String> configuredOrigins() {
        return allowedOrigins.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Scheme, host and port compared; default ports made explicit so that http://x and http://x:80 agree. */
    static boolean sameOrigin(String first, String second) {
        try {
            URI a = URI.create(first.strip().toLowerCase(java.util.Locale.ROOT));
            URI b = URI.create(second.strip().toLowerCase(java.util.Locale.ROOT));
            return a.getScheme() != null && a.getScheme().equals(b.getScheme()) && a.getHost() != null && a.getHost().equals(b.getHost())
                    && port(a) == port(b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equals("https") || uri.getScheme().equals("wss") ? 443 : 80;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
