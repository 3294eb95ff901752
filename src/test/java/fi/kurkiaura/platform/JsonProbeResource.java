package fi.kurkiaura.platform;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Added to the deployment by {@link RestApiIT} only: a resource that reads a JSON body, so the
 * tests can send malformed JSON through the real REST stack and its error mappers.
 */
@Path("/test-probe")
public class JsonProbeResource {

    public record Greeting(String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting echo(Greeting greeting) {
        return greeting;
    }
}
