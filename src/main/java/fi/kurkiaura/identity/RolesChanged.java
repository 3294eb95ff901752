package fi.kurkiaura.identity;

/**
 * Fired, inside the granting or revoking transaction, when an account gains or loses a role:
 * features that give access by role (the coordinators' conversation) follow it at once.
 */
public record RolesChanged(long accountId) {
}
