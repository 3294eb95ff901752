package fi.kurkiaura.graph;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Rejected data as JSON: {@code {"error", "total", "violations": [{"focusNode", "path", "message"}]}}. */
@Provider
public class RejectedDataMapper implements ExceptionMapper<RejectedDataException> {

    /** The report body; {@code violations} lists the first {@value RejectedDataException#REPORTED} of {@code total}. */
    public record Report(String error, int total, List<ShapeValidator.Violation> violations) {
    }

    @Override
    public Response toResponse(RejectedDataException rejected) {
        List<ShapeValidator.Violation> all = rejected.violations();
        return Response.status(rejected.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Report(rejected.getMessage(), all.size(), all.subList(0, Math.min(all.size(), RejectedDataException.REPORTED))))
                .build();
    }
}
