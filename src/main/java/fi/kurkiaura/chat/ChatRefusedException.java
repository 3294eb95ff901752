package fi.kurkiaura.chat;

import fi.kurkiaura.platform.RefusedException;

/**
 * A chat action refused on purpose: on the WebSocket an error frame with {@link #code()} (the
 * connection stays open), over REST the HTTP status with a JSON reason. Nothing was stored.
 */
public class ChatRefusedException extends RefusedException {

    private final String code;

    public ChatRefusedException(String code, int status, String message) {
        super(status, message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
