package fi.kurkiaura.graph;

import jakarta.ws.rs.BadRequestException;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * IRIs that clients send, checked before they go near a query: a malformed one is the client's
 * error (400), not a failed query (Jena refuses to bind it, and that would be a 500).
 */
public final class ClientIris {

    private ClientIris() {
    }

    /** {@code iri} when it is an absolute IRI of at most 2 000 characters; else 400. */
    public static String valid(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute() || iri.length() > 2000) {
                throw new BadRequestException("Not an absolute IRI: '" + iri + "'");
            }
            return iri;
        } catch (IRIException e) {
            throw new BadRequestException("Not a valid IRI: '" + iri + "'");
        }
    }
}
