package fi.kurkiaura.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every error the REST API returns: {@code {"error": "..."}}. */
public record ErrorResponse(String error) {

    public static Response of(int status, String message) {
        return builder(status, message).build();
    }

    /** For errors that carry headers too, such as WWW-Authenticate. */
    public static Response.ResponseBuilder builder(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(message));
    }
}
