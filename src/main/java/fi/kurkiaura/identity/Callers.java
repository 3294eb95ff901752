package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.ws.rs.core.SecurityContext;

/** The account behind a request: the caller's name is its account id. */
public final class Callers {

    private Callers() {
    }

    /** The caller's account id; 401 for an anonymous caller (the access rules normally stop those first). */
    public static long accountId(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new RefusedException(401, "Log in first");
        }
        return Long.parseLong(security.getUserPrincipal().getName());
    }

    /** The account id of a caller who may be anonymous, else null. */
    public static Long accountIdOrNull(SecurityContext security) {
        return security.getUserPrincipal() == null ? null : Long.valueOf(security.getUserPrincipal().getName());
    }
}
