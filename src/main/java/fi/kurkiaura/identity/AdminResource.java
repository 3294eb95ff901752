package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Account management for admins: accounts, their roles, the audit log. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    /** A new account: its password is set by the admin and should be changed by its owner. */
    public record NewAccount(String email, String displayName, String language, String password) {
    }

    /** A role to grant or revoke; {@code scope} is a network, project or peer-group IRI, empty for the whole hub. */
    public record Grant(String role, String scope) {
    }

    public record AccountSummary(long id, String email, String displayName, String language, String personIri,
            List<SessionResource.GrantView> grants, Instant createdAt, Instant lastSeenAt, Instant lockedUntil) {
    }

    public record AuditEntry(long id, Instant at, Long actorId, String action, String target, String detail, String remoteAddress) {
        static AuditEntry of(AuditEvent event) {
            return new AuditEntry(event.id(), event.occurredAt(), event.actorId(), event.action(), event.target(), event.detail(), event.remoteAddress());
        }
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "Every account with its roles")
    public List<AccountSummary> accounts() {
        return accounts.all().stream().map(this::summary).toList();
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account")
    public Response create(NewAccount account, @Context SecurityContext caller) {
        if (account == null) {
            throw new RefusedException(400, "Send {\"email\", \"displayName\", \"language\", \"password\"}");
        }
        Account created = accounts.register(account.email(), account.displayName(), account.language() == null ? "fi" : account.language(), account.password());
        audit.record(Callers.accountId(caller), "account.created", "account " + created.id(), created.email());
        return Response.status(201).entity(summary(created)).build();
    }

    @POST
    @Path("/accounts/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a role (facilitator, coordinator, admin), for a scope or the whole hub")
    public AccountSummary grant(@PathParam("id") long id, Grant grant, @Context SecurityContext caller) {
        if (grant == null || grant.role() == null) {
            throw new RefusedException(400, "Send {\"role\": \"coordinator\", \"scope\": \"https://kurkiaura.fi/id/network/…\"}");
        }
        accounts.grant(id, grant.role(), grant.scope(), Callers.accountId(caller));
        return summary(accounts.byId(id).orElseThrow());
    }

    @DELETE
    @Path("/accounts/{id}/roles/{role}")
    @Operation(summary = "Revoke a role for a scope (?scope=IRI; none: the hub-wide grant)")
    public AccountSummary revoke(@PathParam("id") long id, @PathParam("role") String role, @QueryParam("scope") @DefaultValue("") String scope,
            @Context SecurityContext caller) {
        long actor = Callers.accountId(caller);
        if (actor == id && role.equals(Roles.ADMIN) && scope.isEmpty()) {
            throw new RefusedException(409, "An admin cannot revoke their own admin role; ask another admin");
        }
        accounts.revoke(id, role, scope, actor);
        return summary(accounts.byId(id).orElseThrow(() -> new RefusedException(404, "No account " + id)));
    }

    /** The person in the graph an account is; {@code iri} null unlinks it. */
    public record PersonLink(String iri) {
    }

    @PUT
    @Path("/accounts/{id}/person")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link an account to the person it is in the graph (https://kurkiaura.fi/id/person/…), or unlink it with null")
    public AccountSummary linkPerson(@PathParam("id") long id, PersonLink link, @Context SecurityContext caller) {
        String iri = link == null ? null : link.iri();
        if (iri != null && !iri.matches("https://kurkiaura\\.fi/id/person/[a-z0-9][a-z0-9-]{0,119}")) {
            throw new RefusedException(400, "A person's IRI is https://kurkiaura.fi/id/person/<slug>");
        }
        Account account = accounts.linkToPerson(id, iri);
        audit.record(Callers.accountId(caller), "account.person-linked", "account " + id, iri);
        return summary(account);
    }

    @DELETE
    @Path("/accounts/{id}")
    @Operation(summary = "Delete an account")
    public Response delete(@PathParam("id") long id, @Context SecurityContext caller) {
        long actor = Callers.accountId(caller);
        if (actor == id) {
            throw new RefusedException(409, "Delete your own account from your profile, not here");
        }
        accounts.delete(id, actor);
        return Response.noContent().build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit log, newest first (?actor=account id, ?limit up to 1000)")
    public List<AuditEntry> auditLog(@QueryParam("actor") Long actor, @QueryParam("limit") @DefaultValue("200") int limit) {
        return audit.recent(actor, limit).stream().map(AuditEntry::of).toList();
    }

    private AccountSummary summary(Account account) {
        return new AccountSummary(account.id(), account.email(), account.displayName(), account.language(), account.personIri().orElse(null),
                SessionResource.GrantView.of(accounts.grantsOf(account.id())),
                account.createdAt(), account.lastSeenAt().orElse(null), account.lockedUntil().orElse(null));
    }
}
