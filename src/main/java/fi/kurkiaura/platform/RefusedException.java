package fi.kurkiaura.platform;

/**
 * A request a service refuses on purpose, with the HTTP status that says why (400 bad input, 401,
 * 403, 404, 409, 410, 429…) and a message written for the user. Nothing has been changed.
 */
public class RefusedException extends RuntimeException {

    private final int status;

    public RefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
