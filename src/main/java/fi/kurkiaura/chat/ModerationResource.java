package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reports and moderation over REST: members report; moderators mute, kick, ban and slow a conversation down. */
@Path("/chat")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class ModerationResource {

    @Inject
    Moderation moderation;

    public record NewReport(long seq, String reason) {
    }

    public record ReportView(long id, long conversation, long messageSeq, String reason, Instant reportedAt) {
        static ReportView of(Report report) {
            return new ReportView(report.id(), report.conversationId(), report.messageSeq(), report.reason().orElse(null), report.reportedAt());
        }
    }

    public record Mute(int minutes) {
    }

    public record NewBan(long account, String reason) {
    }

    public record SlowMode(int seconds) {
    }

    @POST
    @Path("/conversations/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a message to the conversation's moderators and coordinators")
    public Response report(@PathParam("id") long id, NewReport report, @Context SecurityContext caller) {
        if (report == null) {
            throw new RefusedException(400, "Send {\"seq\": 42, \"reason\": \"…\"}");
        }
        return Response.status(201).entity(ReportView.of(moderation.report(id, Callers.accountId(caller), report.seq(), report.reason()))).build();
    }

    @GET
    @Path("/reports")
    @Operation(summary = "Open reports you handle (moderators, coordinators of what a conversation is about, admins)")
    public List<ReportView> reports(@Context SecurityContext caller) {
        return moderation.openReports(Callers.accountId(caller)).stream().map(ReportView::of).toList();
    }

    @POST
    @Path("/reports/{report}/resolve")
    @Operation(summary = "Mark a report handled")
    public Response resolve(@PathParam("report") long report, @Context SecurityContext caller) {
        moderation.resolve(report, Callers.accountId(caller));
        return Response.noContent().build();
    }

    @POST
    @Path("/conversations/{id}/members/{account}/mute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mute a member for some minutes (0 unmutes); moderators")
    public Response mute(@PathParam("id") long id, @PathParam("account") long account, Mute mute, @Context SecurityContext caller) {
        moderation.mute(id, Callers.accountId(caller), account, Duration.ofMinutes(mute == null ? 60 : mute.minutes()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/conversations/{id}/members/{account}")
    @Operation(summary = "Kick a member out; moderators")
    public Response kick(@PathParam("id") long id, @PathParam("account") long account, @Context SecurityContext caller) {
        moderation.kick(id, Callers.accountId(caller), account);
        return Response.noContent().build();
    }

    @POST
    @Path("/conversations/{id}/bans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ban a member: out, and kept out until unbanned; moderators")
    public Response ban(@PathParam("id") long id, NewBan ban, @Context SecurityContext caller) {
        if (ban == null) {
            throw new RefusedException(400, "Send {\"account\": 12, \"reason\": \"…\"}");
        }
        moderation.ban(id, Callers.accountId(caller), ban.account(), ban.reason());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/conversations/{id}/bans/{account}")
    @Operation(summary = "Lift a ban; moderators")
    public Response unban(@PathParam("id") long id, @PathParam("account") long account, @Context SecurityContext caller) {
        moderation.unban(id, Callers.accountId(caller), account);
        return Response.noContent().build();
    }

    @PUT
    @Path("/conversations/{id}/slow-mode")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seconds members wait between messages (0 turns slow mode off); moderators")
    public Response slowMode(@PathParam("id") long id, SlowMode slowMode, @Context SecurityContext caller) {
        moderation.slowMode(id, Callers.accountId(caller), slowMode == null ? 0 : slowMode.seconds());
        return Response.noContent().build();
    }
}
