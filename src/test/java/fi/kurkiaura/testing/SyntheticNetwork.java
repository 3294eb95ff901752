package fi.kurkiaura.testing;

import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** A network of any size for benchmarks, built on the real vocabulary, concepts and places. */
public final class SyntheticNetwork {

    private static final String ID = "https://kurkiaura.fi/id/";
    private static final String SCHEMA = "https://schema.org/";

    private SyntheticNetwork() {
    }

    /**
     * The real vocabulary, concepts and places (so the API's parameters resolve), plus synthetic
     * organisations and services, each service with a provider, two target groups, two areas,
     * a service class and a topic, until the graph has about {@code triples} triples.
     */
    public static Graph of(int triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : List.of("ontology/kurkiaura.ttl", "seed/concepts.ttl", "seed/places.ttl")) {
            ModelFactory.createModelForGraph(graph).read(SyntheticNetwork.class.getClassLoader().getResourceAsStream(file), null, "TTL");
        }
        List<Node> groups = iris(graph, ID + "concept/target-group/");
        List<Node> classes = iris(graph, ID + "concept/service-class/");
        List<Node> topics = iris(graph, ID + "concept/topic/");
        List<Node> places = iris(graph, ID + "place/");
        Random random = new Random(42);
        Node source = NodeFactory.createURI(ID + "source/synthetic");
        int organisations = 0;
        for (int service = 0; graph.size() < triples; service++) {
            if (service % 10 == 0) {
                organisations++;
                Node organisation = NodeFactory.createURI(ID + "organisation/synthetic-" + organisations);
                graph.add(Triple.create(organisation, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#FormalOrganization")));
                graph.add(Triple.create(organisation, RDFS.label.asNode(), NodeFactory.createLiteralLang("Organisaatio " + organisations, "fi")));
                graph.add(Triple.create(organisation, DCTerms.source.asNode(), source));
            }
            Node organisation = NodeFactory.createURI(ID + "organisation/synthetic-" + organisations);
            Node node = NodeFactory.createURI(ID + "service/synthetic-" + service);
            graph.add(Triple.create(node, RDF.type.asNode(), NodeFactory.createURI(SCHEMA + "Service")));
            graph.add(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralLang("Palvelu " + service, "fi")));
            graph.add(Triple.create(node, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Synteettinen palvelu " + service, "fi")));
            graph.add(Triple.create(node, NodeFactory.createURI(SCHEMA + "provider"), organisation));
            for (int i = 0; i < 2; i++) {
                graph.add(Triple.create(node, NodeFactory.createURI(SCHEMA + "audience"), pick(groups, random)));
                graph.add(Triple.create(node, NodeFactory.createURI(SCHEMA + "areaServed"), pick(places, random)));
            }
            graph.add(Triple.create(node, NodeFactory.createURI("https://kurkiaura.fi/ontology#serviceClass"), pick(classes, random)));
            graph.add(Triple.create(node, NodeFactory.createURI(SCHEMA + "about"), pick(topics, random)));
            graph.add(Triple.create(node, DCTerms.source.asNode(), source));
        }
        return graph;
    }

    private static List<Node> iris(Graph graph, String prefix) {
        return graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getSubject)
                .filter(node -> node.isURI() && node.getURI().startsWith(prefix) && node.getURI().length() > prefix.length())
                .distinct().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    private static Node pick(List<Node> nodes, Random random) {
        return nodes.get(random.nextInt(nodes.size()));
    }
}
