package fi.kurkiaura.graph;

import java.util.List;

/**
 * Data the graph will not take, with every reason found: 400 when it is not something the hub
 * writes at all (unreadable RDF, unknown types, resources outside the hub's namespace), 404 when it
 * is about a resource the graph does not have, 422 when it breaks the shapes, 409 when it conflicts
 * with what the graph holds. Nothing has been written.
 */
public class RejectedDataException extends RuntimeException {

    /** How many reasons a report lists at most; the total is always given. */
    static final int REPORTED = 200;

    private final int status;
    private final List<ShapeValidator.Violation> violations;

    RejectedDataException(int status, String message, List<ShapeValidator.Violation> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    static RejectedDataException invalid(String message, List<ShapeValidator.Violation> violations) {
        return new RejectedDataException(400, message, violations);
    }

    static RejectedDataException invalid(String message) {
        return invalid(message, List.of());
    }

    static RejectedDataException nonConforming(List<ShapeValidator.Violation> violations) {
        return new RejectedDataException(422, "The data breaks " + violations.size() + " rule(s) of the shapes; nothing was written", violations);
    }

    static RejectedDataException missing(String message) {
        return new RejectedDataException(404, message, List.of());
    }

    static RejectedDataException conflict(String message, List<ShapeValidator.Violation> violations) {
        return new RejectedDataException(409, message, violations);
    }

    /** The message with the first reasons, for logs and test failures. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + status + ": " + getMessage() + " " + violations.stream().limit(5).toList();
    }

    public int status() {
        return status;
    }

    public List<ShapeValidator.Violation> violations() {
        return violations;
    }
}
