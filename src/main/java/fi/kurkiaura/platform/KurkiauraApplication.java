package fi.kurkiaura.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every REST resource of every feature lives under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "Kurkiaura",
        version = "0.1",
        description = "Network-coordination and collaboration hub: the network graph, chat, bot and meetings."))
public class KurkiauraApplication extends Application {
}
