package fi.kurkiaura.graph;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** REST access to the network graph. */
@Path("/graph")
@Produces(MediaType.APPLICATION_JSON)
public class GraphResource {

    @Inject
    GraphSummaries summaries;

    @GET
    @Path("/summary")
    @Operation(summary = "How many triples the public graph holds, and how many resources of each type")
    public GraphSummary summary() {
        return summaries.summarise();
    }
}
