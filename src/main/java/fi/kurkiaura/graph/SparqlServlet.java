package fi.kurkiaura.graph;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The SPARQL 1.1 Protocol endpoint at {@code /sparql}: queries by GET ({@code ?query=}), by POST
 * as a form ({@code query=}) or as an {@code application/sparql-query} body. Read-only, with a time
 * and a result limit; errors are JSON like the rest of the API.
 */
@WebServlet("/sparql")
public class SparqlServlet extends HttpServlet {

    static final int MAX_QUERY_CHARS = 100_000;

    @Inject
    SparqlQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request.getParameter("query"), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (contentType.startsWith("application/sparql-query")) {
            if (request.getContentLengthLong() > MAX_QUERY_CHARS * 4L) {
                error(response, 413, "A query has at most " + MAX_QUERY_CHARS + " characters");
                return;
            }
            answer(new String(request.getInputStream().readNBytes(MAX_QUERY_CHARS * 4 + 1), StandardCharsets.UTF_8), request, response);
        } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
            answer(request.getParameter("query"), request, response);
        } else if (contentType.startsWith("application/sparql-update")) {
            error(response, 400, "This endpoint is read-only: SPARQL Update is not accepted");
        } else {
            error(response, 415, "Send the query as application/sparql-query or as the 'query' field of a form");
        }
    }

    private void answer(String query, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            error(response, 413, "A query has at most " + MAX_QUERY_CHARS + " characters");
            return;
        }
        try {
            SparqlQueries.Answer answer = queries.answer(query, acceptedMediaTypes(request.getHeader("Accept")));
            response.setContentType(answer.mediaType() + "; charset=utf-8");
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        } catch (SparqlQueries.RefusedQuery e) {
            error(response, e.status(), e.getMessage());
        } catch (SparqlQueries.QueryTooSlow e) {
            error(response, 503, e.getMessage());
        }
    }

    /** Media types from an Accept header, most preferred first (by q, then by order). */
    static List<String> acceptedMediaTypes(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        return Arrays.stream(accept.split(","))
                .map(String::strip)
                .filter(range -> !range.isEmpty())
                .sorted(Comparator.comparingDouble(SparqlServlet::quality).reversed())
                .map(range -> range.split(";")[0].strip().toLowerCase())
                .toList();
    }

    private static double quality(String range) {
        for (String parameter : range.split(";")) {
            String[] pair = parameter.strip().split("=");
            if (pair.length == 2 && pair[0].strip().equals("q")) {
                try {
                    return Double.parseDouble(pair[1].strip());
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
