package fi.kurkiaura.platform;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into a JSON error, so that no client ever sees an
 * HTML error page or a stack trace.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** Unknown paths, wrong methods, unsupported media types and the errors resources raise on purpose. */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Context
        Request request;

        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            boolean fromTheContainer = isContainerMessage(exception.getMessage(), status);
            if (exception instanceof NotFoundException && fromTheContainer) {
                return ErrorResponse.of(status, "No such resource: " + request.getMethod() + " " + uri.getRequestUri().getRawPath());
            }
            return ErrorResponse.of(status, fromTheContainer ? reasonPhrase(status) : exception.getMessage());
        }

        /** RESTEasy's own messages name internals ("RESTEASY003210: ..."); ours are written for users. */
        private static boolean isContainerMessage(String message, int status) {
            return message == null || message.isBlank() || message.startsWith("RESTEASY") || message.startsWith("HTTP " + status);
        }

        private static String reasonPhrase(int status) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known != null ? known.getReasonPhrase() : "HTTP " + status;
        }
    }

    /** A request body that is not the JSON the resource expects. */
    @Provider
    public static class MalformedBodies implements ExceptionMapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException exception) {
            return malformedBody(exception);
        }
    }

    /** A request a service refused on purpose. */
    @Provider
    public static class Refused implements ExceptionMapper<RefusedException> {

        @Override
        public Response toResponse(RefusedException exception) {
            return ErrorResponse.of(exception.status(), exception.getMessage());
        }
    }

    /** A store that cannot be used right now. */
    @Provider
    public static class Unavailable implements ExceptionMapper<UnavailableException> {

        @Override
        public Response toResponse(UnavailableException exception) {
            return ErrorResponse.of(503, exception.getMessage());
        }
    }

    /** Anything else is our fault: logged with a reference the user can quote, nothing internal shown. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        @Override
        public Response toResponse(RuntimeException exception) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
            return ErrorResponse.of(500, "Internal error; reference " + reference);
        }
    }

    private static Response malformedBody(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return ErrorResponse.of(400, "Malformed request body: " + root.getMessage());
    }
}
