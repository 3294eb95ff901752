package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Open sign-up, only when it is switched on ({@code KURKIAURA_OPEN_SIGNUP=true}); otherwise accounts come by invitation. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class SignUpResource {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "kurkiaura.open-signup", defaultValue = "false")
    boolean openSignup;

    @Context
    ResourceContext resources;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up without an invitation, if open sign-up is on (403 otherwise); logs the new account in")
    public Response signUp(InvitationResource.NewAccount account) {
        if (!openSignup) {
            throw new RefusedException(403, "Sign-up is closed here; ask a coordinator for an invitation");
        }
        if (account == null) {
            throw new RefusedException(400, "Send {\"email\", \"displayName\", \"language\", \"password\"}");
        }
        Account created = accounts.register(account.email(), account.displayName(), account.language() == null ? "fi" : account.language(), account.password());
        audit.record(created.id(), "account.signed-up", created.email(), null);
        return Response.status(201).entity(resources.getResource(SessionResource.class).sessionLogin(created)).build();
    }
}
