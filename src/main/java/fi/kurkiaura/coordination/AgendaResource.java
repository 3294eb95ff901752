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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A meeting's agenda over REST: members of its room propose items; its host and the network's
 * coordinators order them and record minutes and decisions. Anyone reads it, as the graph shows it.
 */
@Path("/meetings/{meeting}/agenda")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    @Inject
    Agendas agendas;

    public record NewItem(String title, String details) {
    }

    public record Order(List<Long> items) {
    }

    public record ItemChange(String title, String details, String minutes, String decision) {
    }

    public record ItemView(long id, int position, String title, String details, String minutes, String decision) {
        static ItemView of(AgendaItem item) {
            return new ItemView(item.id(), item.position(), item.title(), item.details().orElse(null), item.minutes().orElse(null),
                    item.decision().orElse(null));
        }
    }

    public record AgendaView(long meeting, String iri, boolean closed, List<ItemView> items, List<ActionResource.ActionView> actions,
            List<ActionResource.ActionView> carriedOver) {
    }

    @GET
    @Operation(summary = "The meeting's agenda in order with minutes and decisions, the actions it agreed, and the open actions of earlier meetings")
    public AgendaView agenda(@PathParam("meeting") long meeting) {
        Agendas.Agenda agenda = agendas.agendaOf(meeting);
        return new AgendaView(agenda.meeting().id(), agenda.meeting().iri(), agenda.meeting().closed(),
                agenda.items().stream().map(ItemView::of).toList(), agenda.actions().stream().map(ActionResource.ActionView::of).toList(),
                agenda.carriedOver().stream().map(ActionResource.ActionView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Propose an item (members of the meeting's room); it goes last until the host orders the agenda")
    public Response propose(@PathParam("meeting") long meeting, NewItem body, @Context SecurityContext caller) {
        if (body == null) {
            throw new RefusedException(400, "Send {\"title\": \"…\", \"details\": \"…\"}");
        }
        return Response.status(201).entity(ItemView.of(agendas.propose(meeting, body.title(), body.details(), Callers.accountId(caller)))).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Order the agenda (the host or a coordinator): every item's id once, first first")
    public List<ItemView> order(@PathParam("meeting") long meeting, Order body, @Context SecurityContext caller) {
        if (body == null || body.items() == null) {
            throw new RefusedException(400, "Send {\"items\": [3, 1, 2]}");
        }
        return agendas.order(meeting, body.items(), Callers.accountId(caller)).stream().map(ItemView::of).toList();
    }

    @PATCH
    @Path("/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Record an item's minutes and decision, or correct its title and details (the host or a coordinator)")
    public ItemView record(@PathParam("meeting") long meeting, @PathParam("item") long item, ItemChange body, @Context SecurityContext caller) {
        if (body == null) {
            throw new RefusedException(400, "Send any of {\"minutes\", \"decision\", \"title\", \"details\"}");
        }
        return ItemView.of(agendas.record(meeting, item, new Agendas.Minutes(Optional.ofNullable(body.title()), Optional.ofNullable(body.details()),
                Optional.ofNullable(body.minutes()), Optional.ofNullable(body.decision())), Callers.accountId(caller)));
    }
}
