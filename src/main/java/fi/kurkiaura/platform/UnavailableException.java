package fi.kurkiaura.platform;

/**
 * A store or service the request needs cannot be used right now (for example the graph store's
 * directory is not writable); answered with 503 and the reason, and reported by readiness.
 */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
