package fi.kurkiaura.identity;

/**
 * Fired, inside the deleting transaction, when an account is deleted: features that hold what the
 * person wrote (chat messages) keep it under "deleted user" or remove it, as {@code content} says
 * ({@code KURKIAURA_DELETED_ACCOUNT_CONTENT}: {@code anonymise}, the default, or {@code remove}).
 */
public record AccountDeleted(long accountId, Content content) {

    /** What becomes of what the account wrote. */
    public enum Content {
        /** Kept, shown as written by a deleted user: conversations stay readable. */
        ANONYMISE,
        /** Removed with the account. */
        REMOVE
    }
}
