package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * The coordinators' standing questions about the network: coverage of target groups per
 * municipality, projects about to end, actors gone quiet, municipalities a target group has no
 * service in. A service serves a municipality when it names it or the region it lies in.
 */
@ApplicationScoped
public class CoordinatorReports {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final String SERVES = "?service schema:areaServed ?area . ?municipality schema:containedInPlace* ?area .";

    @Inject
    GraphStore store;

    public record Coverage(String targetGroup, String targetGroupLabel, String municipality, String municipalityLabel, long services) {
    }

    public record Dated(String iri, String label, String date) {
    }

    public record Named(String iri, String label) {
    }

    /** How many services each target group has in each municipality (zero cells included). */
    public List<Coverage> servicesPerTargetGroupAndMunicipality(String language) {
        return select(language, """
                SELECT ?group ?groupLabel ?municipality ?municipalityLabel (COUNT(DISTINCT ?service) AS ?services) WHERE {
                  ?group skos:inScheme <https://kurkiaura.fi/id/concept/target-group> .
                  ?municipality a ku:Municipality .
                  %s %s
                  OPTIONAL { ?service a schema:Service ; schema:audience ?group . %s }
                } GROUP BY ?group ?groupLabel ?municipality ?municipalityLabel ORDER BY ?groupLabel ?municipalityLabel
                """.formatted(Directory.labelIn("?group", "?groupLabel"), Directory.labelIn("?municipality", "?municipalityLabel"), SERVES),
                query -> { }, row -> new Coverage(iri(row, "group"), text(row, "groupLabel"), iri(row, "municipality"),
                        text(row, "municipalityLabel"), row.getLiteral("services").getLong()));
    }

    /** Projects and pilots whose end date falls within {@code months} months from {@code from}. */
    public List<Dated> projectsEnding(LocalDate from, int months, String language) {
        return select(language, """
                SELECT ?project ?label ?end WHERE {
                  ?project a ?type VALUES ?type { schema:Project ku:Pilot } .
                  ?project schema:endDate ?end FILTER(?end >= ?from && ?end <= ?until)
                  %s
                } ORDER BY ?end ?label""".formatted(Directory.labelIn("?project", "?label")),
                query -> {
                    query.setLiteral("from", from.toString(), XSDDatatype.XSDdate);
                    query.setLiteral("until", from.plusMonths(months).toString(), XSDDatatype.XSDdate);
                }, row -> new Dated(iri(row, "project"), text(row, "label"), row.getLiteral("end").getLexicalForm()));
    }

    /** Organisations and networks that organised or hosted no event in the {@code months} months before {@code until}. */
    public List<Named> quietActors(LocalDate until, int months, String language) {
        return select(language, """
                SELECT ?actor ?label WHERE {
                  ?actor a ?type VALUES ?type { org:FormalOrganization org:OrganizationalCollaboration } .
                  FILTER NOT EXISTS {
                    ?event schema:organizer|ku:host ?actor ; schema:startDate ?start .
                    FILTER(xsd:date(SUBSTR(STR(?start), 1, 10)) >= ?since && xsd:date(SUBSTR(STR(?start), 1, 10)) <= ?until)
                  }
                  %s
                } ORDER BY ?label""".formatted(Directory.labelIn("?actor", "?label")),
                query -> {
                    query.setLiteral("since", until.minusMonths(months).toString(), XSDDatatype.XSDdate);
                    query.setLiteral("until", until.toString(), XSDDatatype.XSDdate);
                }, row -> new Named(iri(row, "actor"), text(row, "label")));
    }

    /** Municipalities where no service is for {@code targetGroup}. */
    public List<Named> municipalitiesWithoutServiceFor(String targetGroup, String language) {
        return select(language, """
                SELECT ?municipality ?label WHERE {
                  ?municipality a ku:Municipality .
                  FILTER NOT EXISTS { ?service a schema:Service ; schema:audience ?group . %s }
                  %s
                } ORDER BY ?label""".formatted(SERVES, Directory.labelIn("?municipality", "?label")),
                query -> query.setIri("group", targetGroup), row -> new Named(iri(row, "municipality"), text(row, "label")));
    }

    private <T> List<T> select(String language, String text, java.util.function.Consumer<ParameterizedSparqlString> bind,
            Function<QuerySolution, T> row) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Directory.PREFIXES
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + text);
        query.setLiteral("lang", language);
        bind.accept(query);
        return store.query(query.asQuery(), TIME_LIMIT, execution -> {
            List<T> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(solution -> rows.add(row.apply(solution)));
            return rows;
        });
    }

    private static String iri(QuerySolution row, String variable) {
        return row.getResource(variable).getURI();
    }

    private static String text(QuerySolution row, String variable) {
        return Directory.text(row, variable).orElse("");
    }
}
