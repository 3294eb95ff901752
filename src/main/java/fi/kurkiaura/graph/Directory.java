package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Finds resources of the network graph: search with filters, one resource with its links, and
 * "who does what, for whom, where". Every filter value is bound as an IRI or a literal, never
 * pasted into the query text.
 */
@ApplicationScoped
public class Directory {

    static final String ID = "https://kurkiaura.fi/id/";
    static final int MAX_PAGE = 200;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX ku: <https://kurkiaura.fi/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;

    @Inject
    GraphStore store;

    /** A resource in a list: what it is called in the asked language (Finnish if it has none). */
    public record Entry(String iri, String kind, String label, String description) {
    }

    /** One page of matches and how many there are in all. */
    public record Page(long total, List<Entry> entries) {
    }

    /** The filters of a search; any may be empty. Places and concepts are IRIs of the graph. */
    public record Filters(Optional<ResourceKind> kind, Optional<String> text, Optional<String> municipality,
            Optional<String> targetGroup, Optional<String> topic) {
    }

    public Page search(Filters filters, String language, int offset, int limit) {
        StringBuilder where = new StringBuilder("""
                ?resource a ?class .
                VALUES (?class ?kind) { %s }
                """.formatted(kindValues(filters.kind())));
        filters.text().ifPresent(text -> where.append("""
                FILTER EXISTS { ?resource rdfs:label|skos:prefLabel|skos:altLabel|dcterms:description ?text
                                FILTER(CONTAINS(LCASE(STR(?text)), LCASE(?needle))) }
                """));
        filters.municipality().ifPresent(place -> where.append("""
                FILTER EXISTS { ?resource schema:areaServed|schema:location|schema:containedInPlace|schema:serviceLocation ?where .
                                ?place schema:containedInPlace* ?where }
                """));
        filters.targetGroup().ifPresent(group -> where.append("FILTER EXISTS { ?resource schema:audience ?group }\n"));
        filters.topic().ifPresent(topic -> where.append("FILTER EXISTS { ?resource schema:about|ku:serviceClass ?topic }\n"));

        ParameterizedSparqlString count = bind(PREFIXES + "SELECT (COUNT(DISTINCT ?resource) AS ?n) WHERE {\n" + where + "}", filters);
        long total = store.query(count.asQuery(), TIME_LIMIT, execution -> execution.execSelect().next().getLiteral("n").getLong());

        ParameterizedSparqlString page = bind(PREFIXES + """
                SELECT ?resource (SAMPLE(?kind) AS ?k) (SAMPLE(?name) AS ?label) (SAMPLE(?about) AS ?description) WHERE {
                %s
                  %s
                  OPTIONAL { ?resource dcterms:description ?about FILTER(lang(?about) = "fi") }
                } GROUP BY ?resource ORDER BY LCASE(STR(?label)) ?resource
                OFFSET %d LIMIT %d
                """.formatted(where, labelIn("?resource", "?name"), Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE)), filters);
        page.setLiteral("lang", language);
        List<Entry> entries = store.query(page.asQuery(), TIME_LIMIT, execution -> {
            List<Entry> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(row -> rows.add(new Entry(
                    row.getResource("resource").getURI(), row.getLiteral("k").getString(),
                    text(row, "label").orElse(row.getResource("resource").getURI()), text(row, "description").orElse(null))));
            return rows;
        });
        return new Page(total, entries);
    }

    /**
     * The resource's own triples with the blank nodes it owns, the labels of what it links to and
     * what links to it, or empty if the graph has no such resource.
     */
    public Optional<Model> describe(String iri) {
        return describe(iri, false);
    }

    /** As {@link #describe(String)}, with what the private graph says about it (contact details) if {@code withContactDetails}. */
    public Optional<Model> describe(String iri, boolean withContactDetails) {
        ParameterizedSparqlString construct = new ParameterizedSparqlString(PREFIXES + """
                CONSTRUCT { ?resource ?p ?o . ?o ?bp ?bo . ?o rdfs:label ?ol . ?o skos:prefLabel ?opl . ?s ?q ?resource . ?s rdfs:label ?sl }
                WHERE {
                  { ?resource ?p ?o OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o skos:prefLabel ?opl }
                    OPTIONAL { FILTER(isBlank(?o)) ?o ?bp ?bo } }
                  UNION { ?s ?q ?resource OPTIONAL { ?s rdfs:label ?sl } }
                }""");
        construct.setIri("resource", iri);
        Model model = store.query(construct.asQuery(), TIME_LIMIT, QueryExecution::execConstruct);
        if (!model.contains(model.createResource(iri), null)) {
            return Optional.empty();
        }
        if (withContactDetails) {
            store.privateDescription(iri).find().forEachRemaining(model.getGraph()::add);
        }
        return Optional.of(model);
    }

    /** The label of an IRI in the graph in the asked language, for saying why something matched. */
    public Optional<String> labelOf(String iri, String language) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + "SELECT ?label WHERE { " + labelIn("?resource", "?label") + " } LIMIT 1");
        query.setIri("resource", iri);
        query.setLiteral("lang", language);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            var rows = execution.execSelect();
            return rows.hasNext() ? text(rows.next(), "label") : Optional.<String>empty();
        });
    }

    /** Whether the graph has this IRI as a resource of one of the given classes. */
    public boolean isA(String iri, String... classes) {
        ParameterizedSparqlString ask = new ParameterizedSparqlString(
                "ASK { ?resource a ?class VALUES ?class { " + iris(List.of(classes)) + " } }");
        ask.setIri("resource", iri);
        return store.query(ask.asQuery(), TIME_LIMIT, QueryExecution::execAsk);
    }

    private static ParameterizedSparqlString bind(String text, Filters filters) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(text);
        filters.text().ifPresent(needle -> query.setLiteral("needle", needle));
        filters.municipality().ifPresent(place -> query.setIri("place", place));
        filters.targetGroup().ifPresent(group -> query.setIri("group", group));
        filters.topic().ifPresent(topic -> query.setIri("topic", topic));
        return query;
    }

    /** A label in ?lang, else in Finnish, else any; for rdfs:label and skos:prefLabel alike. */
    static String labelIn(String resource, String variable) {
        return """
                OPTIONAL { %1$s rdfs:label|skos:prefLabel %2$sAsked FILTER(lang(%2$sAsked) = ?lang) }
                OPTIONAL { %1$s rdfs:label|skos:prefLabel %2$sFinnish FILTER(lang(%2$sFinnish) = "fi") }
                OPTIONAL { %1$s rdfs:label|skos:prefLabel|<http://xmlns.com/foaf/0.1/name> %2$sAny }
                BIND(COALESCE(%2$sAsked, %2$sFinnish, %2$sAny) AS %2$s)
                """.formatted(resource, variable);
    }

    private static String kindValues(Optional<ResourceKind> only) {
        List<ResourceKind> kinds = only.map(List::of).orElse(List.of(ResourceKind.values()));
        return kinds.stream()
                .flatMap(kind -> kind.classes().stream().map(type -> "(<" + type + "> \"" + kind.label() + "\")"))
                .collect(Collectors.joining(" "));
    }

    private static String iris(List<String> iris) {
        return iris.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(" "));
    }

    static Optional<String> text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? Optional.empty() : Optional.of(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
    }
}
