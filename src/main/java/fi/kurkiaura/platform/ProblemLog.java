package fi.kurkiaura.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs why a store cannot be used in one line, the first time the reason is seen, and once more
 * when the store recovers, however often readiness asks in between.
 */
public final class ProblemLog {

    private final Logger log;
    private String lastProblem;

    public ProblemLog(Logger log) {
        this.log = log;
    }

    /** Logs {@code problem} unless it is the one already logged; returns it. */
    public synchronized String report(String problem, Throwable cause) {
        if (!problem.equals(lastProblem)) {
            log.severe("KURKIAURA NOT READY: " + problem);
            log.log(Level.FINE, "Problem detail", cause);
            lastProblem = problem;
        }
        return problem;
    }

    /** Logs the recovery if a problem had been logged. */
    public synchronized void cleared(String recovery) {
        if (lastProblem != null) {
            log.info(recovery);
            lastProblem = null;
        }
    }
}
