package fi.kurkiaura.coordination;

import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Answers to a meeting over REST: each member of its room answers for themselves and sees the others' answers. */
@Path("/meetings/{meeting}/rsvp")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class RsvpResource {

    @Inject
    Attendance attendance;

    public record Reply(String response, String organisation) {
    }

    public record ReplyView(long account, String name, String response, String organisation, String at) {
        static ReplyView of(Rsvp rsvp, String name) {
            return new ReplyView(rsvp.accountId(), name, rsvp.response().name().toLowerCase(Locale.ROOT), rsvp.organisationIri().orElse(null),
                    rsvp.respondedAt().toString());
        }
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer for yourself: yes, no or maybe, and optionally for which member organisation")
    public ReplyView answer(@PathParam("meeting") long meeting, Reply body, @Context SecurityContext caller) {
        if (body == null || body.response() == null) {
            throw new RefusedException(400, "Send {\"response\": \"yes\" | \"no\" | \"maybe\", \"organisation\": IRI (optional)}");
        }
        Rsvp.Response response;
        try {
            response = Rsvp.Response.valueOf(body.response().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(400, "\"response\" is yes, no or maybe");
        }
        Rsvp rsvp = attendance.answer(meeting, response, body.organisation(), Callers.accountId(caller));
        return ReplyView.of(rsvp, "");
    }

    @GET
    @Operation(summary = "Everyone's answers, for those who take part in the meeting")
    public List<ReplyView> answers(@PathParam("meeting") long meeting, @Context SecurityContext caller) {
        return attendance.answersTo(meeting, Callers.accountId(caller)).stream().map(answer -> ReplyView.of(answer.rsvp(), answer.name())).toList();
    }
}
