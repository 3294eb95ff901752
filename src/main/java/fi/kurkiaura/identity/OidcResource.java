package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The browser's way through an OIDC provider: {@code /api/session/oidc} sends it to the provider's
 * login page, {@code /api/session/oidc/callback} brings it back and starts a session. Failures end
 * on the login view ({@code /#login/oidc-error}) and in the audit log.
 */
@Path("/session/oidc")
public class OidcResource {

    static final String PENDING = "kurkiaura.oidc.pending";

    @Inject
    OidcLogin oidc;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @Context
    ResourceContext resources;

    @GET
    @Operation(summary = "Log in through the configured OIDC provider (a redirect); 404 if none is configured")
    public Response begin(@Context UriInfo uri) {
        if (!oidc.isEnabled()) {
            throw new RefusedException(404, "OIDC login is not configured here");
        }
        OidcLogin.Pending pending = oidc.begin(uri.getBaseUriBuilder().path("session/oidc/callback").build().toString());
        request.getSession(true).setAttribute(PENDING, pending);
        return Response.seeOther(oidc.authorizationUri(pending)).build();
    }

    @GET
    @Path("/callback")
    @Operation(summary = "Where the OIDC provider sends the browser back")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state, @QueryParam("error") String error,
            @Context UriInfo uri) {
        var session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        try {
            if (!(pending instanceof OidcLogin.Pending started)) {
                throw new RefusedException(401, "No OIDC login was started in this browser");
            }
            if (error != null) {
                throw new RefusedException(401, "The provider answered " + error);
            }
            OidcLogin.Identity identity = oidc.complete(started, code, state);
            Account account = accounts.forExternalIdentity(identity.email(), identity.name(), identity.locale());
            audit.record(account.id(), "login.oidc", account.email(), "subject " + identity.subject());
            resources.getResource(SessionResource.class).sessionLogin(account);
            return Response.seeOther(home(uri, "")).build();
        } catch (RefusedException e) {
            audit.record(null, "login.oidc-failed", null, e.getMessage());
            return Response.seeOther(home(uri, "#login/oidc-error")).build();
        }
    }

    private static URI home(UriInfo uri, String fragment) {
        return uri.getBaseUri().resolve("/" + fragment);
    }
}
