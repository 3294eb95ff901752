package fi.kurkiaura.chat;

import java.util.Optional;

/**
 * Joins the parts of one WebSocket text message, refusing it as soon as it grows past the size
 * limit. Undertow checks its own limit per frame, so a client that splits a message into many
 * frames would otherwise make the server buffer without bound; counting here closes that gap.
 * One assembler per connection; not thread-safe (a connection's messages arrive in order).
 */
final class TextMessageAssembler {

    private final int maxBytes;
    private final StringBuilder message = new StringBuilder();
    private long bytes;

    TextMessageAssembler(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The whole message once {@code last} arrives; empty while parts are still coming. */
    Optional<String> append(String part, boolean last) throws MessageTooBigException {
        bytes += utf8Length(part);
        if (bytes > maxBytes) {
            message.setLength(0);
            throw new MessageTooBigException(maxBytes);
        }
        message.append(part);
        if (!last) {
            return Optional.empty();
        }
        String whole = message.toString();
        message.setLength(0);
        bytes = 0;
        return Optional.of(whole);
    }

    static long utf8Length(CharSequence text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isSurrogate(c)) {
                length += 2;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** A message over the limit; the connection is closed with 1009. */
    static final class MessageTooBigException extends Exception {

        MessageTooBigException(int maxBytes) {
            super("Message over " + maxBytes + " bytes");
        }
    }
}
