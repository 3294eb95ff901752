package fi.kurkiaura.bot;

import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The bot over REST: anyone, logged in or not, asks and says whether an answer helped;
 * coordinators review the questions the bot did not know.
 */
@Path("/bot")
@Produces(MediaType.APPLICATION_JSON)
public class BotResource {

    private static final int MOST_REVIEWED = 200;

    @Inject
    Bot bot;

    @Inject
    QuestionLog log;

    @Inject
    Accounts accounts;

    @Inject
    KurkiAccount kurki;

    @Inject
    AskRate rate;

    /** The bot's account in the chat, to open a direct conversation with ({@code POST /api/chat/direct}). */
    public record ChatMember(long account, String name) {
    }

    /** A question; {@code lang} is fi, sv or en, or left out for the bot to tell. */
    public record Question(String text, String lang) {
    }

    /** Whether the answers helped. */
    public record Feedback(Boolean helpful) {
    }

    /** A question as coordinators review it. */
    public record Reviewed(long id, Instant askedAt, String lang, String text, boolean fallback, Double bestScore, List<String> answers,
            Boolean helpful) {

        static Reviewed of(AskedQuestion asked) {
            return new Reviewed(asked.id(), asked.askedAt(), asked.lang(), asked.text(), asked.fallback(), asked.bestScore().orElse(null),
                    asked.answers(), asked.helpful().orElse(null));
        }
    }

    @POST
    @Path("/ask")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the bot: the projects, services, organisations, people and events that fit, best first, with why; "
            + "fallback when it does not know, and then the question is handed over to the coordinators (with the asker's name if logged in); "
            + "429 past the questions per minute one address may ask")
    public Routing ask(Question question, @Context SecurityContext caller, @Context HttpServletRequest request) {
        rate.take(request.getRemoteAddr());
        if (question == null) {
            throw new RefusedException(400, "Send {\"text\": \"…\", \"lang\": \"fi\"} (lang is optional)");
        }
        Asker asker = Optional.ofNullable(Callers.accountIdOrNull(caller)).flatMap(accounts::byId)
                .map(account -> Asker.inPanel(account.displayName())).orElse(Asker.ANONYMOUS);
        return bot.ask(question.text(), question.lang(), asker);
    }

    @GET
    @Path("/kurki")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The bot's account in the chat (\"Kurki\"): mention @Kurki in a room, or open a direct conversation with this account")
    public ChatMember inChat() {
        return new ChatMember(kurki.id(), KurkiAccount.NAME);
    }

    @POST
    @Path("/questions/{token}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thumbs up or down on the answers to a question, with the question's token from the answer")
    public void feedback(@PathParam("token") String token, Feedback feedback) {
        if (feedback == null || feedback.helpful() == null) {
            throw new RefusedException(400, "Send {\"helpful\": true} or {\"helpful\": false}");
        }
        log.feedback(token, feedback.helpful());
    }

    @GET
    @Path("/review")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Questions the bot did not answer, answered with low confidence, or whose answers did not help; newest first")
    public List<Reviewed> toReview(@QueryParam("limit") @DefaultValue("50") int limit) {
        return log.toReview(Math.max(1, Math.min(limit, MOST_REVIEWED))).stream().map(Reviewed::of).toList();
    }

    @POST
    @Path("/review/{id}/done")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Mark a question reviewed: it leaves the review list")
    public void reviewed(@PathParam("id") long id, @Context SecurityContext caller) {
        log.reviewed(id, Callers.accountId(caller));
    }
}
