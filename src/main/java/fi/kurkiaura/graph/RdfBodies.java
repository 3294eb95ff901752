package fi.kurkiaura.graph;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Request bodies of RDF: Turtle, JSON-LD (also sent as plain JSON) or N-Triples, read whole up to a
 * size limit and parsed strictly. Relative IRIs resolve against {@code https://kurkiaura.fi/id/},
 * so {@code <service/uusi-palvelu>} names a new service.
 */
final class RdfBodies {

    static final String MEDIA_TYPES = "text/turtle, application/ld+json, application/json, application/n-triples";

    private static final Map<String, Lang> LANGUAGES = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/ld+json", Lang.JSONLD,
            "application/json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES);

    private RdfBodies() {
    }

    static Graph parse(InputStream body, MediaType type, int maxBytes) {
        Lang lang = language(type).orElseThrow(() -> new ClientErrorException(
                "Send RDF as one of " + MEDIA_TYPES + ", not " + type, 415));
        byte[] bytes = read(body, maxBytes);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), lang)
                    .base(Directory.ID)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(graph);
        } catch (RiotException e) {
            throw RejectedDataException.invalid("Not valid " + lang.getLabel() + ": " + e.getMessage());
        }
        return graph;
    }

    static Optional<Lang> language(MediaType type) {
        return type == null ? Optional.empty() : Optional.ofNullable(LANGUAGES.get(type.getType() + "/" + type.getSubtype()));
    }

    /** The whole body, or 413 once it passes {@code maxBytes}; a body is never half read into the graph. */
    static byte[] read(InputStream body, int maxBytes) {
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ClientErrorException("The body is larger than " + maxBytes / 1024 + " KiB", 413);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
