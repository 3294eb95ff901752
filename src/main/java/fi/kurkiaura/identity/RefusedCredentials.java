package fi.kurkiaura.identity;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 401 with a JSON reason when a request carried a bearer token or WebSocket ticket that
 * {@link KurkiauraAuthentication} refused: a client that sends credentials is told they are bad
 * rather than served as anonymous.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RefusedCredentials extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Object refused = request.getAttribute(KurkiauraAuthentication.REFUSED_CREDENTIALS);
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"kurkiaura\", error=\"invalid_token\"");
        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", refused.toString()).build().toString());
    }
}
