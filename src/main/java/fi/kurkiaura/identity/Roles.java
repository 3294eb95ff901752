package fi.kurkiaura.identity;

/** The roles of the hub, as {@code @RolesAllowed} names them. */
public final class Roles {

    /** Chats in rooms and peer groups; sees people's contact details. */
    public static final String MEMBER = "member";
    /** Manages a peer group. */
    public static final String FACILITATOR = "facilitator";
    /** Edits the graph for a network or project and runs its meetings. */
    public static final String COORDINATOR = "coordinator";
    /** Manages accounts. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
