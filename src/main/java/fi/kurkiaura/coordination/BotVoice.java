package fi.kurkiaura.coordination;

import fi.kurkiaura.chat.Assistants;
import fi.kurkiaura.chat.ChatRefusedException;
import fi.kurkiaura.chat.GroupCommit;
import fi.kurkiaura.chat.Memberships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How coordination speaks in the chat: as the bot (Kurki), in a room it joins when it must. A
 * message id that was written before is a repeat that stores nothing, which is what makes a
 * reminder or an answer be written once whichever node writes it.
 */
@ApplicationScoped
class BotVoice {

    /** The assistant that speaks. */
    static final String NAME = "Kurki";

    private static final Logger LOG = Logger.getLogger(BotVoice.class.getName());

    @Inject
    Assistants assistants;

    @Inject
    Memberships memberships;

    @Inject
    GroupCommit groupCommit;

    /** Whether the bot has taken its place in the chat yet. */
    boolean present() {
        return assistants.accountNamed(NAME).isPresent();
    }

    /** Writes {@code text} in the room under the message id {@code id}; true when this call stored it (not a repeat, not refused). */
    boolean say(long room, String id, String text) {
        long voice = assistants.accountNamed(NAME).orElseThrow(() -> new IllegalStateException(NAME + " is not in the chat yet"));
        if (!memberships.isMember(room, voice)) {
            try {
                memberships.joinRoom(room, voice);
            } catch (Exception joinedMeanwhile) {
                // Another node joined first (its commit is refused as a checked RollbackException); the member is there all the same.
                LOG.log(Level.FINE, "Joining room " + room, joinedMeanwhile);
            }
        }
        try {
            return !groupCommit.sendAndWait(room, voice, id, text).repeated();
        } catch (ChatRefusedException e) {
            LOG.log(Level.WARNING, e, () -> NAME + " could not write " + id + " in room " + room);
            return false;
        }
    }
}
