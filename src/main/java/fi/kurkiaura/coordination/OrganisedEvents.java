package fi.kurkiaura.coordination;

import fi.kurkiaura.graph.ClientIris;
import fi.kurkiaura.graph.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;

/** The events of the graph an organisation, network or project organises or hosts, besides the meetings of series the hub runs. */
@ApplicationScoped
class OrganisedEvents {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    @Inject
    GraphStore store;

    /** An event as a calendar shows it; dates as written (xsd:date or xsd:dateTime), labels in Finnish where there is one. */
    record Event(String iri, String label, Optional<String> description, String start, Optional<String> end, Optional<String> place,
            Optional<String> url, boolean cancelled) {
    }

    List<Event> organisedBy(String organiser) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX schema: <https://schema.org/>
                PREFIX ku: <https://kurkiaura.fi/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?event (SAMPLE(?label) AS ?name) (SAMPLE(?text) AS ?description) (SAMPLE(?start) AS ?begins) (SAMPLE(?end) AS ?ends)
                       (SAMPLE(?placeName) AS ?place) (SAMPLE(?online) AS ?url) (SAMPLE(?status) AS ?state) WHERE {
                  ?event a schema:Event ; schema:organizer|ku:host ?organiser ; schema:startDate ?start .
                  FILTER NOT EXISTS { ?event schema:superEvent/ku:recurrenceRule ?rule }
                  OPTIONAL { ?event rdfs:label ?label FILTER(langMatches(lang(?label), "fi")) }
                  OPTIONAL { ?event dcterms:description ?text FILTER(langMatches(lang(?text), "fi")) }
                  OPTIONAL { ?event schema:endDate ?end }
                  OPTIONAL { ?event schema:location/rdfs:label ?placeName FILTER(langMatches(lang(?placeName), "fi")) }
                  OPTIONAL { ?event schema:location/schema:url ?online }
                  OPTIONAL { ?event schema:eventStatus ?status }
                } GROUP BY ?event ORDER BY ?begins""");
        query.setIri("organiser", organiser);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            List<Event> events = new ArrayList<>();
            execution.execSelect().forEachRemaining(row -> events.add(new Event(row.getResource("event").getURI(),
                    text(row, "name").orElse(row.getResource("event").getURI()), text(row, "description"), text(row, "begins").orElseThrow(),
                    text(row, "ends"), text(row, "place"), Optional.ofNullable(row.getResource("url")).map(url -> url.getURI()),
                    Optional.ofNullable(row.getResource("state")).map(state -> state.getURI().endsWith("EventCancelled")).orElse(false))));
            return events;
        });
    }

    /** The Finnish name of a resource of the graph, or any. */
    Optional<String> nameOf(String iri) {
        return Optional.ofNullable(namesOf(List.of(iri)).get(iri));
    }

    /** The Finnish names (or any) of those resources the graph names, read in one query. */
    Map<String, String> namesOf(Collection<String> iris) {
        String values = iris.stream().distinct().map(iri -> "<" + ClientIris.valid(iri) + ">").collect(Collectors.joining(" "));
        Query query = QueryFactory.create("""
                SELECT ?resource (SAMPLE(COALESCE(?finnish, ?any)) AS ?name) WHERE {
                  VALUES ?resource { %s }
                  OPTIONAL { ?resource <http://www.w3.org/2000/01/rdf-schema#label> ?finnish FILTER(langMatches(lang(?finnish), "fi")) }
                  OPTIONAL { ?resource <http://www.w3.org/2000/01/rdf-schema#label> ?any }
                } GROUP BY ?resource""".formatted(values));
        return store.query(query, TIME_LIMIT, execution -> {
            Map<String, String> names = new HashMap<>();
            execution.execSelect().forEachRemaining(row -> {
                if (row.getLiteral("name") != null) {
                    names.put(row.getResource("resource").getURI(), row.getLiteral("name").getLexicalForm());
                }
            });
            return names;
        });
    }

    private static Optional<String> text(QuerySolution row, String variable) {
        return Optional.ofNullable(row.getLiteral(variable)).map(literal -> literal.getLexicalForm());
    }
}
