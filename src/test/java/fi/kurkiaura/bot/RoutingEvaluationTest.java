package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The bot against its gold set (src/test/resources/bot/gold-set.tsv, written from the seed
 * documents): Hit@1, Hit@3 and MRR per language, out-of-scope recall, in-scope questions wrongly
 * refused, for the whole set, the tuning three quarters and the frozen test quarter, each also by
 * the batch the questions were written in. Writes the tables to
 * target/bot/ (with the tuning questions it gets wrong, never the frozen ones) and fails when the
 * bot falls below where it stands (docs/bot.md).
 */
class RoutingEvaluationTest {

    private static final Model NETWORK = GoldSet.demoNetwork();
    private static final Model LEXICON = Lexicon.read();
    private static final List<GoldSet.Question> QUESTIONS = GoldSet.questions();

    /** What one configuration scores on one language's in-scope questions of one split. */
    record Scores(int questions, double hit1, double hit3, double mrr, double refused) {
    }

    /**
     * Where the bot stands with Voikko on the whole gold set; a change that drops below fails the
     * build. Set again when the second and the third batch of questions were added, and raised
     * with roles held for projects, which brought Finnish Hit@1 to its goal, with words covered
     * only in their own language, which raised out-of-scope recall, and with words read as their
     * simplest reading, which brought Finnish Hit@3 to its goal (docs/bot.md).
     */
    private static final double FLOOR_FI_HIT1 = 0.85;
    private static final double FLOOR_SV_EN_HIT1 = 0.75;
    private static final double FLOOR_FI_HIT3 = 0.95;
    private static final double FLOOR_OUT_OF_SCOPE_RECALL = 0.85;
    private static final double CEILING_REFUSED = 0.05;
    /** Where Finnish stands without Voikko, on Snowball stems alone. */
    private static final double FLOOR_FI_HIT1_WITHOUT_VOIKKO = 0.64;

    @Test
    void withVoikko() throws IOException {
        Evaluated router = router(Optional.of(Installed.voikko()), Optional.of(Installed.dictionaries()), Router.Features.ALL);
        report("voikko", router);
        assertTrue(scores(router, Language.FI).hit1() >= FLOOR_FI_HIT1, "Finnish Hit@1");
        assertTrue(scores(router, Language.FI).hit3() >= FLOOR_FI_HIT3, "Finnish Hit@3");
        assertTrue(scores(router, Language.SV).hit1() >= FLOOR_SV_EN_HIT1, "Swedish Hit@1");
        assertTrue(scores(router, Language.EN).hit1() >= FLOOR_SV_EN_HIT1, "English Hit@1");
        for (Language language : Language.values()) {
            assertTrue(scores(router, language).refused() <= CEILING_REFUSED, language + " wrongly refused");
        }
        assertTrue(outOfScopeRecall(router, question -> true) >= FLOOR_OUT_OF_SCOPE_RECALL, "out-of-scope recall");
    }

    @Test
    void withSnowballOnly() throws IOException {
        Evaluated router = router(Optional.empty(), Optional.empty(), Router.Features.ALL);
        report("snowball", router);
        assertTrue(scores(router, Language.FI).hit1() >= FLOOR_FI_HIT1_WITHOUT_VOIKKO, "Finnish Hit@1 without Voikko");
    }

    @Test
    void ablation() throws IOException {
        FinnishMorphology voikko = Installed.voikko();
        StringBuilder table = new StringBuilder("| configuration | fi Hit@1 | fi Hit@3 | sv Hit@1 | en Hit@1 | out-of-scope recall | in-scope refused (fi) |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        ablationRow(table, "stemming only (Snowball)", router(Optional.empty(), Optional.empty(), new Router.Features(false, false)));
        ablationRow(table, "+ Voikko", router(Optional.of(voikko), Optional.empty(), new Router.Features(false, false)));
        ablationRow(table, "+ entity constraints", router(Optional.of(voikko), Optional.empty(), new Router.Features(true, false)));
        ablationRow(table, "+ SKOS expansion", router(Optional.of(voikko), Optional.empty(), Router.Features.ALL));
        ablationRow(table, "+ FreeDict dictionaries", router(Optional.of(voikko), Optional.of(Installed.dictionaries()), Router.Features.ALL));
        write("ablation.md", table.toString());
    }

    private static void ablationRow(StringBuilder table, String name, Evaluated router) {
        Scores finnish = scores(router, Language.FI);
        table.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, finnish.hit1(), finnish.hit3(),
                scores(router, Language.SV).hit1(), scores(router, Language.EN).hit1(), outOfScopeRecall(router, question -> true), finnish.refused()));
    }

    private static Evaluated router(Optional<FinnishMorphology> finnish, Optional<Dictionaries> dictionaries, Router.Features features) {
        return new Evaluated(new Router(RoutingData.read(NETWORK, LEXICON), new TextAnalysis(finnish, dictionaries), features, GoldSet.WRITTEN_ON));
    }

    /** A configuration of the bot, each question routed and ranked once however many tables read it. */
    private static final class Evaluated {

        private final Router router;
        private final Map<GoldSet.Question, Routing> routed = new HashMap<>();
        private final Map<GoldSet.Question, List<Router.Ranked>> ranked = new HashMap<>();

        Evaluated(Router router) {
            this.router = router;
        }

        Routing routing(GoldSet.Question question) {
            return routed.computeIfAbsent(question, asked -> router.route(asked.text(), Optional.empty()));
        }

        /** The candidates in the language the bot told, as it ranked them for its answer. */
        List<Router.Ranked> ranked(GoldSet.Question question) {
            return ranked.computeIfAbsent(question, asked -> router.rank(asked.text(), Language.ofCode(routing(asked).lang()).orElseThrow()));
        }
    }

    /** Scores on one language's in-scope questions of the whole set. */
    private static Scores scores(Evaluated router, Language language) {
        return scores(router, language, question -> true);
    }

    /** Scores on one language's in-scope questions among those picked. */
    private static Scores scores(Evaluated router, Language language, Predicate<GoldSet.Question> picked) {
        List<GoldSet.Question> set = QUESTIONS.stream().filter(picked).filter(q -> q.inScope() && q.language() == language).toList();
        int hit1 = 0;
        int hit3 = 0;
        int refused = 0;
        double reciprocal = 0;
        for (GoldSet.Question question : set) {
            Routing routing = router.routing(question);
            int rank = question.rankIn(routing.answers());
            hit1 += rank == 1 ? 1 : 0;
            hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
            refused += routing.fallback() ? 1 : 0;
        }
        return new Scores(set.size(), hit1 / (double) set.size(), hit3 / (double) set.size(), reciprocal / set.size(), refused / (double) set.size());
    }

    private static double outOfScopeRecall(Evaluated router, Predicate<GoldSet.Question> picked) {
        List<GoldSet.Question> outside = QUESTIONS.stream().filter(picked).filter(q -> !q.inScope()).toList();
        return outside.stream().filter(q -> router.routing(q).fallback()).count() / (double) outside.size();
    }

    private static void report(String name, Evaluated router) throws IOException {
        StringBuilder out = new StringBuilder("| split | lang | questions | Hit@1 | Hit@3 | MRR | wrongly refused |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, Predicate<GoldSet.Question>> slices = new LinkedHashMap<>();
        slices.put("whole set", question -> true);
        for (boolean frozen : List.of(false, true)) {
            for (int batch : Stream.concat(Stream.of(0), QUESTIONS.stream().map(GoldSet.Question::batch).distinct().sorted()).toList()) {
                slices.put((frozen ? "test (frozen)" : "tune") + (batch == 0 ? "" : ", batch " + batch),
                        question -> question.frozen() == frozen && (batch == 0 || question.batch() == batch));
            }
        }
        slices.forEach((slice, picked) -> {
            for (Language language : Language.values()) {
                Scores scores = scores(router, language, picked);
                out.append(String.format("| %s | %s | %d | %.3f | %.3f | %.3f | %.3f |%n", slice, language.code(), scores.questions(),
                        scores.hit1(), scores.hit3(), scores.mrr(), scores.refused()));
            }
            out.append(String.format("| %s | out of scope | %d | recall %.3f | | | |%n", slice,
                    QUESTIONS.stream().filter(picked).filter(q -> !q.inScope()).count(), outOfScopeRecall(router, picked)));
        });
        out.append("\nClarifying questions asked: ").append(String.format("%.2f", QUESTIONS.stream()
                .filter(q -> router.routing(q).clarify() != null).count() / (double) QUESTIONS.size()));
        out.append("\nLanguage told right: ").append(String.format("%.3f", QUESTIONS.stream()
                .filter(q -> router.routing(q).lang().equals(q.language().code())).count() / (double) QUESTIONS.size()));
        out.append("\n\nConfidence threshold sweep on the tuning questions (best confidence among the answers shown):\n\n"
                + "| threshold | out-of-scope recall | in-scope refused |\n| --- | --- | --- |\n");
        List<Double> inScope = QUESTIONS.stream().filter(q -> !q.frozen() && q.inScope()).map(q -> best(router, q)).toList();
        List<Double> outside = QUESTIONS.stream().filter(q -> !q.frozen() && !q.inScope()).map(q -> best(router, q)).toList();
        for (int step = 6; step <= 16; step++) {
            double threshold = step * 0.05;
            out.append(String.format("| %.2f | %.2f | %.2f |%n", threshold, outside.stream().filter(score -> score < threshold).count() / (double) outside.size(),
                    inScope.stream().filter(score -> score < threshold).count() / (double) inScope.size()));
        }
        out.append("\nTuning questions answered wrong (never the frozen ones):\n\n");
        for (GoldSet.Question question : QUESTIONS.stream().filter(q -> !q.frozen()).toList()) {
            Routing routing = router.routing(question);
            if (question.inScope() ? question.rankIn(routing.answers()) != 1 : !routing.fallback()) {
                List<String> top = new ArrayList<>();
                router.ranked(question).stream().limit(3)
                        .forEach(r -> top.add(r.routable().iri().replace("https://kurkiaura.fi/id/", "") + String.format(" %.2f", r.confidence())));
                out.append("- ").append(question.id()).append(routing.fallback() ? " refused" : " rank " + question.rankIn(routing.answers()))
                        .append(" (").append(routing.lang()).append("): ").append(question.text()).append(" → ").append(top).append('\n');
            }
        }
        write(name + ".md", out.toString());
    }

    private static double best(Evaluated router, GoldSet.Question question) {
        return router.ranked(question).stream().limit(Router.ANSWERS).mapToDouble(Router.Ranked::confidence).max().orElse(0);
    }

    private static void write(String file, String text) throws IOException {
        Path dir = Path.of("target", "bot");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text);
    }
}
