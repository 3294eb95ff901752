package fi.kurkiaura.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Fits the ranking's {@link Router.Weights} to the gold set's tuning questions by coordinate ascent,
 * and tells by five-fold cross-validation within them whether fitted weights do better on
 * questions they were not fitted to than the chosen ones. Never reads the frozen questions. An
 * experiment, not a test: run with {@code ./mvnw test -Dtest=RankingWeightsFit}; the table goes to
 * target/bot/weights-*.md, and docs/bot.md says what came of it.
 */
class RankingWeightsFit {

    private static final Clock EVALUATED_ON = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final double[] GRID = {0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7};
    private static final int FOLDS = 5;
    private static final int MOST_ROUNDS = 4;

    private final RoutingData data = RoutingData.read(GoldSet.demoNetwork(), Lexicon.read());
    private final TextAnalysis analysis = new TextAnalysis(Optional.of(InstalledVoikko.required()));
    private final List<GoldSet.Question> tuning = GoldSet.questions().stream().filter(question -> !question.frozen()).toList();

    /** Moves of each weight but the text weight, which is held (only ratios matter). */
    private static final List<BiFunction<Router.Weights, Double, Router.Weights>> EVERY_WEIGHT = List.of(
            (w, v) -> new Router.Weights(w.text(), v, w.place(), w.group(), w.kind(), w.actor(), w.elsewhere(), w.past()),
            (w, v) -> new Router.Weights(w.text(), w.confidence(), v, w.group(), w.kind(), w.actor(), w.elsewhere(), w.past()),
            (w, v) -> new Router.Weights(w.text(), w.confidence(), w.place(), v, w.kind(), w.actor(), w.elsewhere(), w.past()),
            (w, v) -> new Router.Weights(w.text(), w.confidence(), w.place(), w.group(), v, w.actor(), w.elsewhere(), w.past()),
            (w, v) -> new Router.Weights(w.text(), w.confidence(), w.place(), w.group(), w.kind(), v, w.elsewhere(), w.past()),
            (w, v) -> new Router.Weights(w.text(), w.confidence(), w.place(), w.group(), w.kind(), w.actor(), v, w.past()),
            (w, v) -> new Router.Weights(w.text(), w.confidence(), w.place(), w.group(), w.kind(), w.actor(), w.elsewhere(), v));

    @Test
    void fitEveryWeight() throws IOException {
        fit("every-weight", EVERY_WEIGHT);
    }

    /**
     * The place and group boosts held: the issue asks that what the question names be a strong
     * boost (a service that serves Forssa beats one that does not), whatever the gold set's
     * questions would say alone.
     */
    @Test
    void fitHoldingPlaceAndGroup() throws IOException {
        fit("place-and-group-held", List.of(EVERY_WEIGHT.get(0), EVERY_WEIGHT.get(3), EVERY_WEIGHT.get(4), EVERY_WEIGHT.get(5), EVERY_WEIGHT.get(6)));
    }

    private void fit(String name, List<BiFunction<Router.Weights, Double, Router.Weights>> moves) throws IOException {
        List<String> report = new ArrayList<>(List.of("| fold | questions held out | chosen: score held out | fitted: score held out | fitted weights |",
                "| --- | --- | --- | --- | --- |"));
        for (int fold = 0; fold < FOLDS; fold++) {
            int heldOut = fold;
            List<GoldSet.Question> fitOn = IntStream.range(0, tuning.size()).filter(i -> i % FOLDS != heldOut).mapToObj(tuning::get).toList();
            List<GoldSet.Question> testOn = IntStream.range(0, tuning.size()).filter(i -> i % FOLDS == heldOut).mapToObj(tuning::get).toList();
            Router.Weights fitted = ascend(fitOn, moves);
            report.add("| %d | %d | %.1f | %.1f | %s |".formatted(fold, testOn.size(), score(Router.Weights.CHOSEN, testOn), score(fitted, testOn), fitted));
            System.out.println(report.getLast());
        }
        Router.Weights all = ascend(tuning, moves);
        report.add("| all | 0 | %.1f on all | %.1f on all | %s |".formatted(score(Router.Weights.CHOSEN, tuning), score(all, tuning), all));
        System.out.println(report.getLast());
        Path file = Path.of("target", "bot", "weights-" + name + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    /** Coordinate ascent from the chosen weights by the given moves; a weight moves only for a better score. */
    private Router.Weights ascend(List<GoldSet.Question> questions, List<BiFunction<Router.Weights, Double, Router.Weights>> moves) {
        Router.Weights best = Router.Weights.CHOSEN;
        double bestScore = score(best, questions);
        for (int round = 0; round < MOST_ROUNDS; round++) {
            boolean moved = false;
            for (BiFunction<Router.Weights, Double, Router.Weights> move : moves) {
                for (double value : GRID) {
                    Router.Weights tried = move.apply(best, value);
                    double triedScore = score(tried, questions);
                    if (triedScore > bestScore) {
                        best = tried;
                        bestScore = triedScore;
                        moved = true;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        return best;
    }

    /** The reciprocal rank of each in-scope question's first right answer (0 when refused or not shown), plus one for each out-of-scope question refused. */
    private double score(Router.Weights weights, List<GoldSet.Question> questions) {
        Router router = new Router(data, analysis, Router.Features.ALL, weights, EVALUATED_ON);
        double score = 0;
        for (GoldSet.Question question : questions) {
            Routing routing = router.route(question.text(), Optional.empty());
            int rank = question.rankIn(routing.answers());
            score += question.inScope() ? (rank == 0 ? 0 : 1.0 / rank) : (routing.fallback() ? 1 : 0);
        }
        return score;
    }
}
