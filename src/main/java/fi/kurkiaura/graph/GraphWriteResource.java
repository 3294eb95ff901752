package fi.kurkiaura.graph;

import fi.kurkiaura.identity.AuditLog;
import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Changes to the network graph, for coordinators and admins: create, replace and delete one
 * resource; import many as RDF or as a spreadsheet; export everything as TriG.
 */
@Path("/graph")
public class GraphWriteResource {

    static final int MAX_RESOURCE_BYTES = 256 * 1024;
    static final int MAX_SHEET_BYTES = 5 * 1024 * 1024;

    @Inject
    GraphWrites writes;

    @Inject
    CsvImport csvImport;

    @Inject
    GraphStore store;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "kurkiaura.import.max-megabytes", defaultValue = "32")
    int maxImportMegabytes;

    @Inject
    EventClashes clashes;

    /** The answer to a create or a replace: the resource, and for an event the events it clashes with. */
    public record Written(String iri, List<EventClashes.Clash> clashes) {
    }

    @POST
    @Path("/resources")
    @Consumes({"text/turtle", "application/ld+json", MediaType.APPLICATION_JSON, "application/n-triples"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Create one resource, described in RDF with its IRI (https://kurkiaura.fi/id/<kind>/<slug>); 422 with a SHACL report if it "
            + "breaks the shapes; for an event, the events it clashes with")
    public Response create(InputStream body, @Context HttpHeaders headers, @Context SecurityContext caller, @Context UriInfo uri) {
        String iri = writes.create(RdfBodies.parse(body, headers.getMediaType(), MAX_RESOURCE_BYTES), caller.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("graph/resource").queryParam("iri", iri).build())
                .entity(new Written(iri, clashes.clashesOf(iri).orElse(null))).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/resource")
    @Consumes({"text/turtle", "application/ld+json", MediaType.APPLICATION_JSON, "application/n-triples"})
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Replace everything the graph says about one resource by the RDF sent (its own triples, as GET returns them); "
            + "204, or for an event 200 with the events it clashes with")
    public Response replace(@QueryParam("iri") String iri, InputStream body, @Context HttpHeaders headers, @Context SecurityContext caller) {
        String replaced = DirectoryResource.requiredIri(iri);
        writes.replace(replaced, RdfBodies.parse(body, headers.getMediaType(), MAX_RESOURCE_BYTES), caller.getUserPrincipal().getName());
        return clashes.clashesOf(replaced).map(found -> Response.ok(new Written(replaced, found), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("/resource")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Delete one resource; 409 with the resources that still link to it")
    public Response delete(@QueryParam("iri") String iri, @Context SecurityContext caller) {
        String deleted = DirectoryResource.requiredIri(iri);
        writes.delete(deleted);
        audit.record(Callers.accountId(caller), "graph.deleted", deleted, null);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/turtle", "application/ld+json", MediaType.APPLICATION_JSON, "application/n-triples"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Import many resources as RDF, all or nothing: new ones are added, existing ones replaced")
    public GraphWrites.Imported importRdf(InputStream body, @Context HttpHeaders headers, @Context SecurityContext caller,
            @QueryParam("description") @DefaultValue("RDF-tuonti") String description) {
        GraphWrites.Imported imported = writes.importAll(RdfBodies.parse(body, headers.getMediaType(), maxImportMegabytes * 1024 * 1024),
                caller.getUserPrincipal().getName(), description.length() > 200 ? description.substring(0, 200) : description);
        audit.record(Callers.accountId(caller), "graph.imported", imported.source(),
                imported.created() + " created, " + imported.replaced() + " replaced, " + imported.triples() + " triples");
        return imported;
    }

    @POST
    @Path("/import/{sheet: actors|services}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Import a spreadsheet (CSV) of actors or services with a row-by-row report; "
            + "any broken row writes nothing (422) unless partial=true, which writes the valid rows")
    public Response importSheet(@PathParam("sheet") String sheet, InputStream body, @Context SecurityContext caller,
            @Parameter(description = "write the valid rows even if some are broken") @QueryParam("partial") @DefaultValue("false") boolean partial) {
        CsvMapping mapping = sheet.equals("actors") ? CsvMapping.ACTORS : CsvMapping.SERVICES;
        CsvImport.Report report = csvImport.importSheet(mapping, RdfBodies.read(body, MAX_SHEET_BYTES), partial, caller.getUserPrincipal().getName());
        if (report.written()) {
            audit.record(Callers.accountId(caller), "graph.imported", report.source(), report.imported() + " rows of " + sheet);
        }
        return Response.status(report.rejected() > 0 && !report.written() ? 422 : 200).entity(report).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/export")
    @Produces("application/trig")
    @Operation(summary = "The whole graph as TriG: the public graph for everyone, with the private graph for coordinators and admins")
    public Response export(@Context SecurityContext caller) {
        boolean withPrivateGraph = caller.isUserInRole(Roles.COORDINATOR) || caller.isUserInRole(Roles.ADMIN);
        if (withPrivateGraph) {
            audit.record(Callers.accountId(caller), "graph.exported", "TriG", "with the private graph");
        }
        StreamingOutput trig = out -> store.export(out, withPrivateGraph);
        String file = "kurkiaura-" + LocalDate.now(ZoneId.of("Europe/Helsinki")) + (withPrivateGraph ? "-full" : "-public") + ".trig";
        return Response.ok(trig, "application/trig; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
