package fi.kurkiaura.web;

import fi.kurkiaura.platform.ErrorResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The user-interface strings of one language, for the browser UI and other clients. */
@Path("/i18n")
@Produces(MediaType.APPLICATION_JSON)
public class MessageBundleResource {

    @Inject
    MessageBundles bundles;

    @GET
    @Path("/{lang}")
    @Operation(summary = "All user-interface strings of one language (fi, sv or en) as a JSON object")
    public Response messages(@PathParam("lang") String language) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return bundles.messages(language)
                .map(messages -> Response.ok(messages).cacheControl(cache).build())
                .orElseGet(() -> ErrorResponse.of(404,
                        "Unsupported language '" + language + "'; use one of " + String.join(", ", MessageBundles.LANGUAGES)));
    }
}
