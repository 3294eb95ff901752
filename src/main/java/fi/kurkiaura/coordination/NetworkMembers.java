package fi.kurkiaura.coordination;

import fi.kurkiaura.graph.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;

/** What the graph says that meetings need: networks and their member organisations, who works where, places and actors. */
@ApplicationScoped
class NetworkMembers {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;

    @Inject
    GraphStore store;

    /** The network's Finnish name (or any), if {@code iri} is a network of the graph. */
    Optional<String> networkName(String iri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?name WHERE {
                  ?network a org:OrganizationalCollaboration .
                  OPTIONAL { ?network rdfs:label ?name }
                } ORDER BY DESC(langMatches(lang(?name), "fi")) LIMIT 1""");
        query.setIri("network", iri);
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
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?member WHERE {
                  ?network org:hasMember ?member .
                  ?member a/rdfs:subClassOf* org:Organization .
                }""");
        query.setIri("network", network);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            Set<String> members = new LinkedHashSet<>();
            execution.execSelect().forEachRemaining(row -> members.add(row.getResource("member").getURI()));
            return members;
        });
    }

    /** Whether the graph has {@code person} as a member of {@code organisation} or of one of its units, directly or by a membership. */
    boolean worksFor(String person, String organisation) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + """
                ASK { { ?membership org:member ?person ; org:organization/org:unitOf* ?organisation } UNION { ?organisation org:hasMember ?person } }""");
        query.setIri("person", person);
        query.setIri("organisation", organisation);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> execution.execAsk());
    }

    /** The organisations the graph has {@code person} as a member of. */
    Set<String> organisationsOf(String person) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?organisation WHERE {
                  { ?membership org:member ?person ; org:organization ?organisation } UNION { ?organisation org:hasMember ?person }
                }""");
        query.setIri("person", person);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            Set<String> organisations = new LinkedHashSet<>();
            execution.execSelect().forEachRemaining(row -> organisations.add(row.getResource("organisation").getURI()));
            return organisations;
        });
    }

    /** Whether {@code iri} is someone an action can be given to: a person listed in the graph or an organisation. */
    boolean isActor(String iri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX ku: <https://kurkiaura.fi/ontology#>
                ASK { { ?actor a foaf:Person ; ku:listed true } UNION { ?actor a/rdfs:subClassOf* org:Organization } }""");
        query.setIri("actor", iri);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> execution.execAsk());
    }

    /** Whether the graph says anything about {@code iri}. */
    boolean isDescribed(String iri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("ASK { ?resource ?property ?value }");
        query.setIri("resource", iri);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> execution.execAsk());
    }

    /** Whether {@code iri} is a place of the graph a meeting can be held at. */
    boolean isPlace(String iri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(PREFIXES + "ASK { ?place a/rdfs:subClassOf* schema:Place }");
        query.setIri("place", iri);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> execution.execAsk());
    }
}
