package fi.kurkiaura.platform;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness answers in one shape for every store: UP, or DOWN with the problem as data. */
public final class ReadinessResponses {

    private ReadinessResponses() {
    }

    public static HealthCheckResponse of(String name, Optional<String> problem) {
        var response = HealthCheckResponse.named(name);
        return problem
                .map(reason -> response.down().withData("problem", reason))
                .orElseGet(response::up)
                .build();
    }
}
