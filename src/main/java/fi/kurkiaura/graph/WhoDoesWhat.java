package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * Answers "which services, projects and actors deal with topic T / target group G in municipality
 * M", in any combination, each result saying why it matched. An organisation matches directly or
 * through a service it provides or a project it coordinates or partners in; a municipality matches
 * what serves it or the region it lies in.
 */
@ApplicationScoped
public class WhoDoesWhat {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final String THROUGH_WHAT_IT_DOES = "(^schema:provider|^ku:coordinator|^ku:partner)?/";
    private static final Map<String, List<String>> WORDS = Map.of(
            "fi", List.of("aihe", "kohderyhmä", "alue", "itse tai palvelujensa ja hankkeidensa kautta"),
            "sv", List.of("ämne", "målgrupp", "område", "själv eller genom sina tjänster och projekt"),
            "en", List.of("topic", "target group", "area", "directly or through its services and projects"));

    @Inject
    GraphStore store;

    @Inject
    Directory directory;

    /** The question: IRIs of a topic or service class, a target group, a municipality or region. */
    public record Question(Optional<String> topic, Optional<String> targetGroup, Optional<String> municipality) {
        public boolean isEmpty() {
            return topic.isEmpty() && targetGroup.isEmpty() && municipality.isEmpty();
        }
    }

    /** One answer and why it matched, in the asked language. */
    public record Match(String iri, String kind, String label, List<String> why) {
    }

    public List<Match> answer(Question question, String language) {
        List<String> words = WORDS.getOrDefault(language, WORDS.get("fi"));
        List<String> reasons = new ArrayList<>();
        question.topic().ifPresent(topic -> reasons.add(words.get(0) + ": " + label(topic, language)));
        question.targetGroup().ifPresent(group -> reasons.add(words.get(1) + ": " + label(group, language)));
        question.municipality().ifPresent(place -> reasons.add(words.get(2) + ": " + label(place, language)));

        StringBuilder where = new StringBuilder("""
                VALUES (?class ?kind ?rank) {
                  (schema:Service "service" 1) (schema:Project "project" 2) (ku:Pilot "project" 2)
                  (org:FormalOrganization "organisation" 3) (org:OrganizationalUnit "unit" 3) (org:OrganizationalCollaboration "network" 3)
                }
                ?resource a ?class .
                """);
        question.topic().ifPresent(topic -> where.append("?resource " + THROUGH_WHAT_IT_DOES + "(schema:about|ku:serviceClass) ?topic .\n"));
        question.targetGroup().ifPresent(group -> where.append("?resource " + THROUGH_WHAT_IT_DOES + "schema:audience ?group .\n"));
        question.municipality().ifPresent(place -> where.append(
                "?resource " + THROUGH_WHAT_IT_DOES + "(schema:areaServed|schema:location) ?where . ?place schema:containedInPlace* ?where .\n"));

        ParameterizedSparqlString query = new ParameterizedSparqlString(Directory.PREFIXES + """
                SELECT ?resource (SAMPLE(?kind) AS ?k) (MIN(?rank) AS ?r) (SAMPLE(?name) AS ?label) WHERE {
                %s
                %s
                } GROUP BY ?resource ORDER BY ?r LCASE(STR(?label)) LIMIT 500""".formatted(where, Directory.labelIn("?resource", "?name")));
        question.topic().ifPresent(topic -> query.setIri("topic", topic));
        question.targetGroup().ifPresent(group -> query.setIri("group", group));
        question.municipality().ifPresent(place -> query.setIri("place", place));
        query.setLiteral("lang", language);

        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            List<Match> matches = new ArrayList<>();
            execution.execSelect().forEachRemaining(row -> {
                String kind = row.getLiteral("k").getString();
                List<String> why = new ArrayList<>(reasons);
                if (kind.equals("organisation") || kind.equals("unit") || kind.equals("network")) {
                    why.add(words.get(3));
                }
                matches.add(new Match(row.getResource("resource").getURI(), kind,
                        Directory.text(row, "label").orElse(row.getResource("resource").getURI()), why));
            });
            return matches;
        });
    }

    private String label(String iri, String language) {
        return directory.labelOf(iri, language).orElse(iri);
    }
}
