package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Account;
import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Closed conversations: direct messages between two members, and peer groups with their facilitators. */
@Path("/chat")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class ClosedConversationResource {

    @Inject
    Conversations conversations;

    @Inject
    Memberships memberships;

    @Inject
    PeerGroups peerGroups;

    @Inject
    Accounts accounts;

    public record Direct(long with) {
    }

    public record NewPeerGroup(String title, String about, String endsAt) {
    }

    public record Request(String message) {
    }

    public record RequestView(long account, String displayName, String message, Instant requestedAt) {
    }

    @POST
    @Path("/direct")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The direct conversation with another member (opened the first time), {\"with\": account id}")
    public ConversationView direct(Direct direct, @Context SecurityContext caller) {
        long me = Callers.accountId(caller);
        if (direct == null) {
            throw new RefusedException(400, "Send {\"with\": <account id>}");
        }
        Account other = accounts.byId(direct.with()).orElseThrow(() -> new ChatRefusedException("no-such-account", 404, "No account " + direct.with()));
        String title = accounts.byId(me).map(Account::displayName).orElse("?") + " – " + other.displayName();
        Conversation conversation;
        try {
            conversation = conversations.direct(me, other.id(), title);
        } catch (ChatRefusedException e) {
            throw e;
        } catch (RuntimeException insertedByTheOtherAtTheSameMoment) {
            conversation = conversations.direct(me, other.id(), title);
        }
        memberships.add(conversation.id(), me, ConversationMember.Role.MEMBER);
        memberships.add(conversation.id(), other.id(), ConversationMember.Role.MEMBER);
        return ConversationView.of(new Memberships.Overview(conversation, true, 0, 0, ConversationMember.Role.MEMBER));
    }

    @POST
    @Path("/peer-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITATOR, Roles.ADMIN})
    @Operation(summary = "Open a peer group (facilitators and admins): {\"title\", \"about\", \"endsAt\"}; its opener facilitates it")
    public Response openPeerGroup(NewPeerGroup group, @Context SecurityContext caller) {
        if (group == null || group.title() == null) {
            throw new RefusedException(400, "Send {\"title\": \"…\", \"about\": \"https://kurkiaura.fi/id/…\", \"endsAt\": \"2027-06-30T15:00:00Z\"}");
        }
        Instant endsAt;
        try {
            endsAt = group.endsAt() == null ? null : Instant.parse(group.endsAt());
        } catch (DateTimeParseException e) {
            throw new RefusedException(400, "endsAt is a time such as 2027-06-30T15:00:00Z");
        }
        Conversation opened;
        try {
            opened = conversations.openPeerGroup(group.title(), group.about(), endsAt);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(400, e.getMessage());
        }
        memberships.add(opened.id(), Callers.accountId(caller), ConversationMember.Role.MODERATOR);
        return Response.status(201).entity(ConversationView.of(new Memberships.Overview(opened, true, 0, 0, ConversationMember.Role.MODERATOR))).build();
    }

    @GET
    @Path("/conversations/{id}/members")
    @Operation(summary = "Who is in a conversation (members only)")
    public List<Memberships.Member> members(@PathParam("id") long id, @Context SecurityContext caller) {
        return memberships.members(id, Callers.accountId(caller));
    }

    @POST
    @Path("/conversations/{id}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to join a peer group; its facilitators decide")
    public Response requestToJoin(@PathParam("id") long id, Request request, @Context SecurityContext caller) {
        peerGroups.requestToJoin(id, Callers.accountId(caller), request == null ? null : request.message());
        return Response.accepted().build();
    }

    @GET
    @Path("/conversations/{id}/requests")
    @Operation(summary = "Requests to join a peer group (its facilitators only)")
    public List<RequestView> requests(@PathParam("id") long id, @Context SecurityContext caller) {
        return peerGroups.requests(id, Callers.accountId(caller)).stream()
                .map(request -> new RequestView(request.accountId(), accounts.byId(request.accountId()).map(Account::displayName).orElse(null),
                        request.message().orElse(null), request.requestedAt())).toList();
    }

    @POST
    @Path("/conversations/{id}/requests/{account}/approve")
    @Operation(summary = "Approve a request to join (facilitators)")
    public Response approve(@PathParam("id") long id, @PathParam("account") long account, @Context SecurityContext caller) {
        peerGroups.admit(id, Callers.accountId(caller), account);
        return Response.noContent().build();
    }

    @POST
    @Path("/conversations/{id}/requests/{account}/decline")
    @Operation(summary = "Decline a request to join (facilitators)")
    public Response decline(@PathParam("id") long id, @PathParam("account") long account, @Context SecurityContext caller) {
        peerGroups.decline(id, Callers.accountId(caller), account);
        return Response.noContent().build();
    }

    @POST
    @Path("/conversations/{id}/members/{account}")
    @Operation(summary = "Add someone to a peer group without a request: the facilitator's invitation")
    public Response add(@PathParam("id") long id, @PathParam("account") long account, @Context SecurityContext caller) {
        accounts.byId(account).orElseThrow(() -> new ChatRefusedException("no-such-account", 404, "No account " + account));
        peerGroups.admit(id, Callers.accountId(caller), account);
        return Response.noContent().build();
    }
}
