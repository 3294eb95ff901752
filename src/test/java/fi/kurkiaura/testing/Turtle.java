package fi.kurkiaura.testing;

/** Turtle for tests that write the graph. */
public final class Turtle {

    /** The prefixes of the graph's vocabularies and resources. */
    public static final String PREFIXES = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix schema: <https://schema.org/> .
            @prefix ku: <https://kurkiaura.fi/ontology#> .
            @prefix tg: <https://kurkiaura.fi/id/concept/target-group/> .
            @prefix sc: <https://kurkiaura.fi/id/concept/service-class/> .
            @prefix ch: <https://kurkiaura.fi/id/concept/channel-kind/> .
            @prefix pl: <https://kurkiaura.fi/id/place/> .
            @prefix s: <https://kurkiaura.fi/id/service/> .
            @prefix n: <https://kurkiaura.fi/id/network/> .
            @prefix o: <https://kurkiaura.fi/id/organisation/> .
            @prefix p: <https://kurkiaura.fi/id/person/> .
            """;

    private Turtle() {
    }
}
