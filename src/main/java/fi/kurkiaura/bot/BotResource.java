package fi.kurkiaura.bot;

import fi.kurkiaura.platform.RefusedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The bot over REST, for anyone, logged in or not: a question in, the answers and why out. */
@Path("/bot")
@Produces(MediaType.APPLICATION_JSON)
public class BotResource {

    @Inject
    Bot bot;

    /** A question; {@code lang} is fi, sv or en, or left out for the bot to tell. */
    public record Question(String text, String lang) {
    }

    @POST
    @Path("/ask")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the bot: the projects, services, organisations, people and events that fit, best first, with why; fallback when it does not know")
    public Routing ask(Question question) {
        if (question == null) {
            throw new RefusedException(400, "Send {\"text\": \"…\", \"lang\": \"fi\"} (lang is optional)");
        }
        return bot.ask(question.text(), question.lang());
    }
}
