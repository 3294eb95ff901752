package fi.kurkiaura.coordination;

import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The actions meetings agree, over REST: recorded by the meeting's host or a coordinator, marked done by their owner or a coordinator. */
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    @Inject
    Agendas agendas;

    public record NewAction(Long meeting, Long item, String what, String owner, String due) {
    }

    public record Done(Boolean done) {
    }

    public record ActionView(long id, long meeting, String meetingIri, Long item, String what, String owner, String due, boolean done) {
        static ActionView of(ActionItem action) {
            return new ActionView(action.id(), action.meeting().id(), action.meeting().iri(), action.agendaItem().map(AgendaItem::id).orElse(null),
                    action.what(), action.ownerIri(), action.due().toString(), action.doneAt().isPresent());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Record an action a meeting agreed: what, its owner (a listed person or an organisation) and its due date")
    public Response agree(NewAction body, @Context SecurityContext caller) {
        if (body == null || body.meeting() == null) {
            throw new RefusedException(400, "Send {\"meeting\": id, \"item\": id (optional), \"what\", \"owner\": IRI, \"due\": \"2027-02-01\"}");
        }
        return Response.status(201).entity(ActionView.of(agendas.agree(body.meeting(), body.item(), body.what(), body.owner(),
                RequestValues.date("due", body.due()).orElse(null),
                Callers.accountId(caller)))).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Mark an action done (or not done again): its owner or a coordinator")
    public ActionView markDone(@PathParam("id") long id, Done body, @Context SecurityContext caller) {
        if (body == null || body.done() == null) {
            throw new RefusedException(400, "Send {\"done\": true}");
        }
        return ActionView.of(agendas.markDone(id, body.done(), Callers.accountId(caller)));
    }

    @GET
    @Operation(summary = "The open actions of a network's meetings, the oldest due first")
    public List<ActionView> open(@QueryParam("network") String network) {
        return agendas.openActionsOf(RequestValues.network(network)).stream().map(ActionView::of).toList();
    }
}
