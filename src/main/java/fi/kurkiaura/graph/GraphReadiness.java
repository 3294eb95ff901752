package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the graph store cannot be used. */
@Readiness
@ApplicationScoped
public class GraphReadiness implements HealthCheck {

    @Inject
    GraphStore store;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("graph-store");
        return store.problem()
                .map(problem -> response.down().withData("problem", problem))
                .orElseGet(response::up)
                .build();
    }
}
