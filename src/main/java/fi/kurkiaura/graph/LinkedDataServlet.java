package fi.kurkiaura.graph;

import fi.kurkiaura.identity.Roles;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * Makes every resource IRI dereferenceable: {@code /id/<kind>/<slug>} answers for
 * {@code https://kurkiaura.fi/id/<kind>/<slug>} with HTML for browsers and Turtle, JSON-LD or
 * N-Triples for RDF clients, chosen by the Accept header. Logged-in members also see what the
 * private graph says about the resource (a person's contact details).
 */
@WebServlet("/id/*")
public class LinkedDataServlet extends HttpServlet {

    @Inject
    Directory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!path.matches("[a-z-]+(/[a-z0-9-]+)+")) {
            notFound(response, "No resource /id/" + path);
            return;
        }
        String iri = Directory.ID + path;
        Optional<Model> description = directory.describe(iri, request.isUserInRole(Roles.MEMBER));
        if (description.isEmpty()) {
            notFound(response, "The graph has no resource " + iri);
            return;
        }
        List<MediaType> acceptable = SparqlServlet.acceptedMediaTypes(request.getHeader("Accept")).stream()
                .map(MediaType::valueOf).toList();
        String language = Optional.ofNullable(request.getParameter("lang")).filter(DirectoryResource.LANGUAGES::contains).orElse("fi");
        Response representation = LinkedData.represent(description.get(), iri, language,
                acceptable.isEmpty() ? List.of(MediaType.valueOf("text/turtle")) : acceptable);
        response.setContentType(representation.getMediaType().toString());
        response.setHeader("Vary", "Accept");
        Object entity = representation.getEntity();
        if (entity instanceof byte[] bytes) {
            response.getOutputStream().write(bytes);
        } else {
            response.getWriter().write(entity.toString());
        }
    }

    private static void notFound(HttpServletResponse response, String message) throws IOException {
        response.setStatus(404);
        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
