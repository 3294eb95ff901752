package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The chat over REST, for integrations: conversations, history, posting a message (idempotent by
 * its id, as on the WebSocket). The same membership rules hold.
 */
@Path("/chat")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class ChatResource {

    @Inject
    Conversations conversations;

    @Inject
    Memberships memberships;

    @Inject
    Messages messages;

    @Inject
    GroupCommit groupCommit;

    public record NewRoom(String title, String about) {
    }

    public record NewMessage(String id, String text) {
    }

    public record EventView(long seq, String kind, String id, Long author, String authorName, String text, Long messageSeq, Instant at) {
        static EventView of(Messages.Shown shown) {
            ChatEvent event = shown.event();
            return new EventView(event.seq(), event.kind().name().toLowerCase(java.util.Locale.ROOT), event.clientId().orElse(null),
                    event.authorId().orElse(null), shown.authorName(), event.body().orElse(null), event.messageSeq().orElse(null), event.createdAt());
        }
    }

    public record Ack(long conversation, String id, long seq, Instant at, boolean repeated) {
    }

    @GET
    @Path("/conversations")
    @Operation(summary = "Your conversations with their unread counts, then the rooms you may join, then the peer groups you may ask to join")
    public List<ConversationView> list(@Context SecurityContext caller) {
        return memberships.overview(Callers.accountId(caller)).stream().map(ConversationView::of).toList();
    }

    @POST
    @Path("/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Open a room, optionally about a resource of the graph (network, project, event, space); its opener moderates it")
    public Response openRoom(NewRoom room, @Context SecurityContext caller) {
        if (room == null) {
            throw new RefusedException(400, "Send {\"title\": \"…\", \"about\": \"https://kurkiaura.fi/id/…\"}");
        }
        Conversation opened;
        try {
            opened = conversations.openRoom(room.title() == null ? "" : room.title(), room.about());
        } catch (IllegalArgumentException e) {
            throw new RefusedException(400, e.getMessage());
        }
        memberships.add(opened.id(), Callers.accountId(caller), ConversationMember.Role.MODERATOR);
        return Response.status(201).entity(ConversationView.of(new Memberships.Overview(opened, true, 0, 0, ConversationMember.Role.MODERATOR))).build();
    }

    @POST
    @Path("/conversations/{id}/members")
    @Operation(summary = "Join a room (peer groups and direct messages are closed)")
    public ConversationView join(@PathParam("id") long id, @Context SecurityContext caller) {
        ConversationMember member = memberships.joinRoom(id, Callers.accountId(caller));
        return ConversationView.of(new Memberships.Overview(conversations.find(id).orElseThrow(), true, member.readSeq(), 0, member.role()));
    }

    /** A read marker to move. */
    public record ReadMarker(long seq) {
    }

    @POST
    @Path("/conversations/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the conversation read up to a sequence; the marker never moves back")
    public ConversationView read(@PathParam("id") long id, ReadMarker marker, @Context SecurityContext caller) {
        if (marker == null) {
            throw new RefusedException(400, "Send {\"seq\": 42}");
        }
        long account = Callers.accountId(caller);
        memberships.markRead(id, account, marker.seq());
        return memberships.overview(account).stream().filter(overview -> overview.conversation().id() == id)
                .map(ConversationView::of).findFirst().orElseThrow();
    }

    @GET
    @Path("/conversations/{id}/events")
    @Operation(summary = "History: ?after=seq for what came after (oldest first), else ?before=seq for the page before (default the newest)")
    public List<EventView> events(@PathParam("id") long id, @QueryParam("after") Long after, @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext caller) {
        long account = Callers.accountId(caller);
        List<Messages.Shown> page = after != null ? messages.after(id, account, after, limit) : messages.before(id, account, before, limit);
        return page.stream().map(EventView::of).toList();
    }

    @POST
    @Path("/conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a message with an id of your own; the same id again returns the first acknowledgement (200) and stores nothing")
    public Response post(@PathParam("id") long id, NewMessage message, @Context SecurityContext caller) {
        if (message == null) {
            throw new RefusedException(400, "Send {\"id\": \"…\", \"text\": \"…\"}");
        }
        Messages.Sent sent = groupCommit.sendAndWait(id, Callers.accountId(caller), message.id(), message.text());
        Ack ack = new Ack(id, sent.event().clientId().orElse(null), sent.event().seq(), sent.event().createdAt(), sent.repeated());
        return Response.status(sent.repeated() ? 200 : 201).entity(ack).build();
    }
}
