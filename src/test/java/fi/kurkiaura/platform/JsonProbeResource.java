package fi.kurkiaura.platform;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Added to the deployment by {@link RestApiIT} only: a resource that reads a JSON body and one that
 * fails, so the tests can drive bad input and a bug through the real REST stack and its error mappers.
 */
@Path("/test-probe")
public class JsonProbeResource {

    public record Greeting(String text) {
    }

    @POST
    @Path("/fail")
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting fail() {
        throw new IllegalStateException("internal detail that must not reach the client");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting echo(Greeting greeting) {
        return greeting;
    }
}
