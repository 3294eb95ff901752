package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * Answers "which services, projects and actors deal with topic T / target group G in municipality
 * M", in any combination, each result saying why it matched. A service, project or actor matches
 * when it meets every constraint itself; an actor also matches when a service it provides or a
 * project it coordinates or partners in does. A municipality matches what serves it or its region.
 */
@ApplicationScoped
public class WhoDoesWhat {

    static final int MAX_ANSWERS = 500;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
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

    /** The answers, best kinds first (services, projects, actors); truncated when there were more than fit. */
    public record Answers(List<Match> matches, boolean truncated) {
    }

    public Answers answer(Question question, String language) {
        List<String> words = WORDS.getOrDefault(language, WORDS.get("fi"));
        List<String> reasons = new ArrayList<>();
        question.topic().ifPresent(topic -> reasons.add(words.get(0) + ": " + label(topic, language)));
        question.targetGroup().ifPresent(group -> reasons.add(words.get(1) + ": " + label(group, language)));
        question.municipality().ifPresent(place -> reasons.add(words.get(2) + ": " + label(place, language)));

        Query query = query(question, language);
        return store.query(query, TIME_LIMIT, execution -> {
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
            return matches.size() > MAX_ANSWERS ? new Answers(matches.subList(0, MAX_ANSWERS), true) : new Answers(matches, false);
        });
    }

    /**
     * The one SPARQL query behind an answer (the benchmark sends the same query to Fuseki directly).
     * It starts from what the question binds: the resources that meet every constraint, and (in a
     * second, self-contained branch, as SPARQL evaluates groups bottom-up) the actors who provide,
     * coordinate or partner in a thing that does; labels are looked up for those resources only.
     */
    Query query(Question question, String language) {
        StringBuilder constraints = new StringBuilder();
        question.topic().ifPresent(topic -> constraints.append("?thing schema:about|ku:serviceClass ?topic .\n"));
        question.targetGroup().ifPresent(group -> constraints.append("?thing schema:audience ?group .\n"));
        question.municipality().ifPresent(place -> constraints.append(
                "?place schema:containedInPlace* ?where . ?thing schema:areaServed|schema:location ?where .\n"));

        ParameterizedSparqlString query = new ParameterizedSparqlString(Directory.PREFIXES + """
                SELECT ?resource (SAMPLE(?kind) AS ?k) (MIN(?rank) AS ?r) (SAMPLE(?name) AS ?label) WHERE {
                  { SELECT DISTINCT ?resource ?kind ?rank WHERE {
                      { %s }
                      UNION
                      { %s ?thing schema:provider|ku:coordinator|ku:partner ?resource }
                      ?resource a ?class .
                      FILTER(?class IN (schema:Service, schema:Project, ku:Pilot, org:FormalOrganization,
                                        org:OrganizationalUnit, org:OrganizationalCollaboration))
                      BIND(IF(?class = schema:Service, "service", IF(?class IN (schema:Project, ku:Pilot), "project",
                           IF(?class = org:FormalOrganization, "organisation", IF(?class = org:OrganizationalUnit, "unit", "network")))) AS ?kind)
                      BIND(IF(?kind = "service", 1, IF(?kind = "project", 2, 3)) AS ?rank)
                  } }
                %s
                } GROUP BY ?resource ORDER BY ?r LCASE(STR(?label)) LIMIT %d""".formatted(
                constraints.toString().replace("?thing", "?resource"), constraints, Directory.labelIn("?resource", "?name"), MAX_ANSWERS + 1));
        question.topic().ifPresent(topic -> query.setIri("topic", topic));
        question.targetGroup().ifPresent(group -> query.setIri("group", group));
        question.municipality().ifPresent(place -> query.setIri("place", place));
        query.setLiteral("lang", language);
        return query.asQuery();
    }

    private String label(String iri, String language) {
        return directory.labelOf(iri, language).orElse(iri);
    }
}
