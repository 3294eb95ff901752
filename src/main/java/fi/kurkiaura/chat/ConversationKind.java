package fi.kurkiaura.chat;

/** What kind of conversation: who may join and who sees the members. */
public enum ConversationKind {
    /** Open to anyone logged in; may be about a network, project, event or space. */
    ROOM,
    /** A closed peer group (vertaisryhmä) led by a facilitator; members join by invitation or approval. */
    PEER_GROUP,
    /** Two members writing to each other. */
    DIRECT,
    /**
     * The coordinators' own conversation: closed, its members are the accounts with the coordinator
     * or admin role, added and removed as the role is granted and revoked ({@link StaffRoom}).
     */
    STAFF
}
