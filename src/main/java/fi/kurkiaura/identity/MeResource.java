package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

/** The logged-in user's own account: profile, password, tokens, everything held about them, deletion. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class MeResource {

    @Inject
    Accounts accounts;

    @Inject
    Tokens tokens;

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    /** Profile changes; absent fields stay as they are. */
    public record ProfileChange(String displayName, String language) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Deleting the account needs the password again. */
    public record Confirmation(String password) {
    }

    public record TokenRequest(String name, Integer days) {
    }

    public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, String secret) {
        static TokenView of(AccessToken token, String secret) {
            return new TokenView(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt().orElse(null), secret);
        }
    }

    /** Everything the hub holds about an account, for its owner to download. */
    public record OwnData(Instant exportedAt, SessionResource.AccountView account, Instant createdAt, Instant lastSeenAt,
            List<SessionResource.GrantView> roles, List<TokenView> tokens, List<AdminResource.AuditEntry> securityEvents) {
    }

    @GET
    @Operation(summary = "Your profile")
    public SessionResource.AccountView profile(@Context SecurityContext caller) {
        return SessionResource.AccountView.of(account(caller));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your display name or language (fi, sv, en)")
    public SessionResource.AccountView update(ProfileChange change, @Context SecurityContext caller) {
        if (change == null) {
            throw new RefusedException(400, "Send {\"displayName\": \"…\", \"language\": \"fi\"}");
        }
        return SessionResource.AccountView.of(accounts.update(Callers.accountId(caller), change.displayName(), change.language()));
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your password (the current one is asked again)")
    public Response changePassword(PasswordChange change, @Context SecurityContext caller) {
        if (change == null) {
            throw new RefusedException(400, "Send {\"currentPassword\": \"…\", \"newPassword\": \"…\"}");
        }
        accounts.changePassword(Callers.accountId(caller), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything the hub holds about you, as one JSON document")
    public Response export(@Context SecurityContext caller) {
        Account account = account(caller);
        OwnData data = new OwnData(Instant.now(), SessionResource.AccountView.of(account), account.createdAt(), account.lastSeenAt().orElse(null),
                SessionResource.GrantView.of(accounts.grantsOf(account.id())), tokens.list(account.id()).stream().map(token -> TokenView.of(token, null)).toList(),
                audit.recent(account.id(), 1000).stream().map(AdminResource.AuditEntry::of).toList());
        audit.record(account.id(), "own-data.exported", "account " + account.id(), null);
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"kurkiaura-my-data.json\"").build();
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "Your API tokens (never their secrets)")
    public List<TokenView> tokenList(@Context SecurityContext caller) {
        return tokens.list(Callers.accountId(caller)).stream().map(token -> TokenView.of(token, null)).toList();
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new API token; its secret is shown in this answer only")
    public Response newToken(TokenRequest request, @Context SecurityContext caller) {
        long accountId = Callers.accountId(caller);
        int days = request == null || request.days() == null ? 30 : request.days();
        Tokens.Issued issued = tokens.issueApiToken(accountId, request == null ? null : request.name(), Duration.ofDays(days));
        audit.record(accountId, "token.issued", issued.token().name(), days + " days");
        return Response.status(201).entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    public Response revokeToken(@PathParam("id") long id, @Context SecurityContext caller) {
        long accountId = Callers.accountId(caller);
        tokens.revoke(accountId, id);
        audit.record(accountId, "token.revoked", "token " + id, null);
        return Response.noContent().build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete your account (the password is asked again); you are logged out")
    public Response delete(Confirmation confirmation, @Context SecurityContext caller) {
        Account account = account(caller);
        if (confirmation == null || !(accounts.login(account.email(), confirmation.password()) instanceof Accounts.Login.Success)) {
            throw new RefusedException(403, "Confirm with your current password to delete your account");
        }
        accounts.delete(account.id(), account.id());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private Account account(SecurityContext caller) {
        return accounts.byId(Callers.accountId(caller)).orElseThrow(() -> new RefusedException(401, "Log in first"));
    }
}
