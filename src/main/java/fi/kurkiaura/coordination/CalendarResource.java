package fi.kurkiaura.coordination;

import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Calendar feeds that calendar programs subscribe to without logging in (Outlook, Teams, Google,
 * Thunderbird): each address carries a signature, and a feed asked for without its signature
 * does not exist (404). Logged-in members get the addresses.
 */
@Path("/calendar")
public class CalendarResource {

    static final String CALENDAR = "text/calendar;charset=utf-8";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
    private static final String ID = "https://kurkiaura.fi/id/";

    @Inject
    CalendarFeeds feeds;

    @Inject
    FeedSigner signer;

    @Inject
    NetworkMembers networks;

    @Inject
    OrganisedEvents events;

    /** A feed's address, and the same for calendar programs that open webcal: links. */
    public record Link(String url, String webcal) {
    }

    @GET
    @Path("/network/{slug}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A network's calendar: its meeting series (RRULE, EXDATE, RECURRENCE-ID) and the other events it organises")
    public Response network(@PathParam("slug") String slug, @QueryParam("sig") String signature) {
        String feed = "network/" + requireSlug(slug);
        String name = networks.networkName(ID + feed).filter(found -> signer.verify(feed, signature)).orElseThrow(CalendarResource::noSuchCalendar);
        return calendar(feeds.ofNetwork(ID + feed, name), slug);
    }

    @GET
    @Path("/project/{slug}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A project's calendar: the events it organises")
    public Response project(@PathParam("slug") String slug, @QueryParam("sig") String signature) {
        String feed = "project/" + requireSlug(slug);
        if (!signer.verify(feed, signature) || !networks.isDescribed(ID + feed)) {
            throw noSuchCalendar();
        }
        return calendar(feeds.ofProject(ID + feed, events.nameOf(ID + feed).orElse(slug)), slug);
    }

    @GET
    @Path("/account/{account}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A person's calendar: the meetings they said they come to or might, and those to come their organisation hosts")
    public Response account(@PathParam("account") long account, @QueryParam("sig") String signature) {
        if (!signer.verify("account/" + account, signature)) {
            throw noSuchCalendar();
        }
        return calendar(feeds.ofAccount(account, "Kurkiaura"), "kurkiaura");
    }

    @GET
    @Path("/links")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The signed address of a network's (?network=IRI) or a project's (?project=IRI) calendar")
    public Link link(@QueryParam("network") String network, @QueryParam("project") String project, @Context UriInfo uri) {
        if (network != null && network.startsWith(ID + "network/") && networks.networkName(network).isPresent()) {
            return link(uri, network.substring(ID.length()));
        }
        if (project != null && project.startsWith(ID + "project/") && networks.isDescribed(project)) {
            return link(uri, project.substring(ID.length()));
        }
        throw new RefusedException(400, "Name a network (?network=https://kurkiaura.fi/id/network/…) or a project (?project=https://kurkiaura.fi/id/project/…) of the graph");
    }

    @GET
    @Path("/links/mine")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The signed address of your own calendar; anyone with it sees which meetings you go to, so keep it to yourself")
    public Link mine(@Context SecurityContext caller, @Context UriInfo uri) {
        return link(uri, "account/" + Callers.accountId(caller));
    }

    private Link link(UriInfo uri, String feed) {
        URI address = uri.getBaseUriBuilder().path("calendar").path(feed + ".ics").queryParam("sig", signer.sign(feed)).build();
        return new Link(address.toString(), address.toString().replaceFirst("^https?://", "webcal://"));
    }

    private static Response calendar(String ics, String name) {
        return Response.ok(ics, CALENDAR).header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
                .header("Cache-Control", "private, max-age=300").build();
    }

    private static String requireSlug(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw noSuchCalendar();
        }
        return slug;
    }

    private static RefusedException noSuchCalendar() {
        return new RefusedException(404, "No such calendar");
    }
}
