package fi.kurkiaura.coordination;

import fi.kurkiaura.graph.ClientIris;
import fi.kurkiaura.graph.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * What the graph says that meetings need: networks and their member organisations, who works
 * where, places and actors. Every IRI is checked before it is bound into a query: one a client
 * sent malformed is a 400, not a failed query.
 */
@ApplicationScoped
class NetworkMembers {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX ku: <https://kurkiaura.fi/ontology#>
            """;

    @Inject
    GraphStore store;

    /** The network's Finnish name (or any), if {@code iri} is a network of the graph. */
    Optional<String> networkName(String iri) {
        ParameterizedSparqlString query = bound("""
                SELECT ?name WHERE {
                  ?network a org:OrganizationalCollaboration .
                  OPTIONAL { ?network rdfs:label ?name }
                } ORDER BY DESC(langMatches(lang(?name), "fi")) LIMIT 1""", Map.of("network", iri));
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            var rows = execution.execSelect();
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            var name = rows.next().getLiteral("name");
            return Optional.of(name == null ? iri : name.getLexicalForm());
        });
    }

    /** The organisations the network lists as its members now. */
    Set<String> organisationsIn(String network) {
        return resources("SELECT DISTINCT ?member WHERE { ?network org:hasMember ?member . ?member a/rdfs:subClassOf* org:Organization }",
                Map.of("network", network), "member");
    }

    /** The organisations {@code person} works for: those the graph has them a member of, and the organisations of those units. */
    Set<String> organisationsOf(String person) {
        return resources("""
                SELECT DISTINCT ?organisation WHERE {
                  { ?membership org:member ?person ; org:organization/org:unitOf* ?organisation } UNION { ?organisation org:hasMember ?person }
                }""", Map.of("person", person), "organisation");
    }

    /** Whether {@code person} works for {@code organisation} (a member of it or of one of its units). */
    boolean worksFor(String person, String organisation) {
        return organisationsOf(person).contains(organisation);
    }

    /** Whether {@code iri} is someone an action can be given to: a person listed in the graph or an organisation. */
    boolean isActor(String iri) {
        return ask("ASK { { ?actor a foaf:Person ; ku:listed true } UNION { ?actor a/rdfs:subClassOf* org:Organization } }", Map.of("actor", iri));
    }

    /** Whether the graph says anything about {@code iri}. */
    boolean isDescribed(String iri) {
        return ask("ASK { ?resource ?property ?value }", Map.of("resource", iri));
    }

    /** Whether {@code iri} is a place of the graph a meeting can be held at. */
    boolean isPlace(String iri) {
        return ask("ASK { ?place a/rdfs:subClassOf* schema:Place }", Map.of("place", iri));
    }

    private boolean ask(String text, Map<String, String> iris) {
        return store.query(bound(text, iris).asQuery(), TIME_LIMIT, execution -> execution.execAsk());
    }

    private Set<String> resources(String text, Map<String, String> iris, String variable) {
        return store.query(bound(text, iris).asQuery(), TIME_LIMIT, execution -> {
            Set<String> found = new LinkedHashSet<>();
            execution.execSelect().forEachRemaining(row -> found.add(row.getResource(variable).getURI()));
            return found;
        });
    }

    private static ParameterizedSparqlString bound(String text, Map<String, String> iris) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + text);
        iris.forEach((variable, iri) -> query.setIri(variable, ClientIris.valid(iri)));
        return query;
    }
}
