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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Which member organisations were at a meeting, over REST: recorded by its host or a coordinator, read by anyone. */
@Path("/meetings/{meeting}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    Attendance attendance;

    @Inject
    Meetings meetings;

    public record Present(List<String> organisations) {
    }

    @GET
    @Operation(summary = "The member organisations that were at the meeting")
    public Present present(@PathParam("meeting") long meeting) {
        return new Present(List.copyOf(meetings.meeting(meeting).attendingOrganisations()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Record the member organisations that were at the meeting (its host or a coordinator), once it has begun")
    public Present record(@PathParam("meeting") long meeting, Present body, @Context SecurityContext caller) {
        if (body == null || body.organisations() == null) {
            throw new RefusedException(400, "Send {\"organisations\": [IRI, …]}");
        }
        Set<String> organisations = new LinkedHashSet<>(body.organisations().stream().map(organisation -> organisation == null ? "" : organisation.strip()).toList());
        return new Present(List.copyOf(attendance.recordPresent(meeting, organisations, Callers.accountId(caller)).attendingOrganisations()));
    }
}
