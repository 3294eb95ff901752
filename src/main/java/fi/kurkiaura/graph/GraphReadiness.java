package fi.kurkiaura.graph;

import fi.kurkiaura.platform.ReadinessResponses;
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
        return ReadinessResponses.of("graph-store", store.problem());
    }
}
