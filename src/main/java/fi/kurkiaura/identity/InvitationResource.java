package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Invitation links. The link is {@code /#invitation/<secret>}: the secret travels in the fragment, which browsers
 * do not send to the server, and then in request bodies, never in a URL the server logs.
 */
@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    Invitations invitations;

    @Inject
    Accounts accounts;

    @Context
    ResourceContext resources;

    public record NewInvitation(String role, String scope, Integer days) {
    }

    /** An invitation as its creator sees it; {@code link} only in the answer that creates it. */
    public record InvitationView(long id, String role, String scope, Instant createdAt, Instant expiresAt, Instant acceptedAt, String link) {
        static InvitationView of(Invitation invitation, String link) {
            return new InvitationView(invitation.id(), invitation.role(), invitation.scope(), invitation.createdAt(), invitation.expiresAt(),
                    invitation.acceptedAt().orElse(null), link);
        }
    }

    /** What the invited person sees before accepting. */
    public record InvitationPreview(String role, String scope, Instant expiresAt, String invitedBy) {
    }

    public record Token(String token) {
    }

    /** Accepting an invitation, or signing up: the new account's details. */
    public record NewAccount(String token, String email, String displayName, String language, String password) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Create an invitation link (role member, facilitator or coordinator; scope; valid 1–30 days, default 7)")
    public Response create(NewInvitation request, @Context SecurityContext caller, @Context UriInfo uri) {
        NewInvitation asked = request == null ? new NewInvitation(null, null, null) : request;
        Invitations.Created created = invitations.create(Callers.accountId(caller), asked.role(), asked.scope(), asked.days() == null ? 7 : asked.days());
        String link = uri.getBaseUri().resolve("/#invitation/" + created.secret()).toString();
        return Response.status(201).entity(InvitationView.of(created.invitation(), link)).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The invitations you created (an admin sees all)")
    public List<InvitationView> list(@Context SecurityContext caller) {
        return invitations.createdBy(Callers.accountId(caller)).stream().map(invitation -> InvitationView.of(invitation, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Revoke an invitation you created")
    public Response revoke(@PathParam("id") long id, @Context SecurityContext caller) {
        invitations.revoke(Callers.accountId(caller), id);
        return Response.noContent().build();
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What an invitation is for: 404 unknown, 410 used or expired")
    public InvitationPreview lookup(Token token) {
        Invitation invitation = invitations.valid(token == null ? null : token.token());
        String invitedBy = invitation.createdBy() == null ? null : accounts.byId(invitation.createdBy()).map(Account::displayName).orElse(null);
        return new InvitationPreview(invitation.role(), invitation.scope(), invitation.expiresAt(), invitedBy);
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an invitation: creates the account with the invited role and logs it in")
    public Response accept(NewAccount account) {
        if (account == null) {
            throw new RefusedException(400, "Send {\"token\", \"email\", \"displayName\", \"language\", \"password\"}");
        }
        Account created = invitations.accept(account.token(), account.email(), account.displayName(), account.language(), account.password());
        return Response.status(201).entity(resources.getResource(SessionResource.class).sessionLogin(created)).build();
    }
}
