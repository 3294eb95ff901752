package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * The network as a map: organisations, units, networks, projects (pilots included) and services,
 * linked by membership, who provides a service, who coordinates or partners in a project, what a
 * pilot or unit is part of. People are left out. Filtered by a municipality (what serves it, and
 * its region) or a topic (what is about it or of that service class), the map keeps those and
 * what they are directly linked to.
 */
@ApplicationScoped
public class NetworkMap {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final List<ResourceKind> KINDS = List.of(ResourceKind.ORGANISATION, ResourceKind.UNIT, ResourceKind.NETWORK, ResourceKind.PROJECT,
            ResourceKind.SERVICE);

    @Inject
    GraphStore store;

    public record Node(String id, String label, String kind) {
    }

    public record Edge(String source, String target, String relation) {
    }

    /** What the map shows: its nodes and the links between them. */
    public record View(List<Node> nodes, List<Edge> edges) {
    }

    public View of(Optional<String> municipality, Optional<String> topic, String language) {
        Map<String, Node> nodes = nodes(language);
        List<Edge> edges = edges().stream().filter(edge -> nodes.containsKey(edge.source()) && nodes.containsKey(edge.target())).toList();
        if (municipality.isEmpty() && topic.isEmpty()) {
            return new View(List.copyOf(nodes.values()), edges);
        }
        Set<String> kept = new LinkedHashSet<>(matching(municipality, topic));
        kept.retainAll(nodes.keySet());
        Set<String> chosen = Set.copyOf(kept);
        edges.stream().filter(edge -> chosen.contains(edge.source()) || chosen.contains(edge.target()))
                .forEach(edge -> Stream.of(edge.source(), edge.target()).forEach(kept::add));
        return new View(kept.stream().map(nodes::get).toList(),
                edges.stream().filter(edge -> kept.contains(edge.source()) && kept.contains(edge.target())).toList());
    }

    private Map<String, Node> nodes(String language) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Directory.PREFIXES + """
                SELECT ?node ?kind ?label WHERE {
                  VALUES (?type ?kind) { %s }
                  ?node a ?type .
                  %s
                }""".formatted(kindValues(), Directory.labelIn("?node", "?label")));
        query.setLiteral("lang", language);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            Map<String, Node> found = new LinkedHashMap<>();
            execution.execSelect().forEachRemaining(row -> {
                String iri = row.getResource("node").getURI();
                String label = row.getLiteral("label") == null ? iri : row.getLiteral("label").getLexicalForm();
                found.putIfAbsent(iri, new Node(iri, label, row.getLiteral("kind").getString()));
            });
            return found;
        });
    }

    private List<Edge> edges() {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Directory.PREFIXES + """
                SELECT DISTINCT ?from ?to ?relation WHERE {
                  VALUES (?property ?relation) { (org:hasMember "member") (schema:provider "provider") (ku:coordinator "coordinator")
                                                 (ku:partner "partner") (dcterms:isPartOf "partOf") (org:unitOf "unitOf") }
                  ?from ?property ?to .
                  FILTER(isIRI(?to))
                }""");
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            List<Edge> found = new ArrayList<>();
            execution.execSelect().forEachRemaining(row -> found.add(new Edge(row.getResource("from").getURI(), row.getResource("to").getURI(),
                    row.getLiteral("relation").getString())));
            return found;
        });
    }

    /** What serves the municipality (or its region) and is about the topic, as far as each is asked. */
    private Set<String> matching(Optional<String> municipality, Optional<String> topic) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Directory.PREFIXES + """
                SELECT DISTINCT ?resource WHERE {
                  %s
                  %s
                }""".formatted(municipality.isPresent() ? "?resource schema:areaServed ?area . ?place schema:containedInPlace* ?area ." : "",
                topic.isPresent() ? "?resource schema:about|ku:serviceClass ?topic ." : ""));
        municipality.ifPresent(place -> query.setIri("place", place));
        topic.ifPresent(concept -> query.setIri("topic", concept));
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            Set<String> found = new LinkedHashSet<>();
            execution.execSelect().forEachRemaining(row -> found.add(row.getResource("resource").getURI()));
            return found;
        });
    }

    private static String kindValues() {
        return KINDS.stream().flatMap(kind -> kind.classes().stream().map(type -> "(<" + type + "> \"" + kind.label() + "\")"))
                .collect(Collectors.joining(" "));
    }
}
