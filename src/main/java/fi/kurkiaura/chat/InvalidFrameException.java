package fi.kurkiaura.chat;

/** A frame the server cannot act on; answered with an error frame, the connection kept open. */
public class InvalidFrameException extends Exception {

    private final String code;
    private final String ref;

    public InvalidFrameException(String code, String ref, String message) {
        super(message);
        this.code = code;
        this.ref = ref;
    }

    public String code() {
        return code;
    }

    /** The client's reference of the frame that failed, if it could be read. */
    public String ref() {
        return ref;
    }
}
