package fi.kurkiaura.graph;

import fi.kurkiaura.platform.ErrorResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.apache.jena.query.QueryCancelledException;

/** A graph question that ran past its time limit: 503 with the reason, not an internal error. */
@Provider
public class SlowQueryMapper implements ExceptionMapper<QueryCancelledException> {

    @Override
    public Response toResponse(QueryCancelledException exception) {
        return ErrorResponse.of(503, "The question took longer than the graph's time limit; narrow it down or try again later");
    }
}
