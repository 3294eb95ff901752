package fi.kurkiaura.identity;

import fi.kurkiaura.platform.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on every REST operation, before it runs: no caller is 401, a caller
 * without one of the roles is 403, both with a JSON reason. Operations without the annotation are
 * open to anyone, which is what the public graph and the bot are.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessRules implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = rolesAllowed();
        if (allowed == null) {
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller.getUserPrincipal() == null) {
            request.abortWith(ErrorResponse.builder(401, "Log in first: this needs the role " + String.join(" or ", allowed.value()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kurkiaura\"").build());
        } else if (Arrays.stream(allowed.value()).noneMatch(caller::isUserInRole)) {
            request.abortWith(ErrorResponse.of(403, "Not allowed: this needs the role " + String.join(" or ", allowed.value())));
        }
    }

    private RolesAllowed rolesAllowed() {
        RolesAllowed onMethod = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (onMethod != null || resource.getResourceClass() == null) {
            return onMethod;
        }
        return resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
}
