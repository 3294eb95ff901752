package fi.kurkiaura.chat;

/** What kind of conversation: who may join and who sees the members. */
public enum ConversationKind {
    /** Open to anyone logged in; may be about a network, project, event or space. */
    ROOM,
    /** A closed peer group (vertaisryhmä) led by a facilitator; members join by invitation or approval. */
    PEER_GROUP,
    /** Two members writing to each other. */
    DIRECT
}
