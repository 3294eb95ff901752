package fi.kurkiaura.graph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The hub's vocabulary ({@code ontology/kurkiaura.ttl}) and the terms the write rules need: which
 * classes exist, which may be written as resources of their own, and which properties hold
 * personal contact details.
 */
final class Ontology {

    static final String VOCABULARY = "ontology/kurkiaura.ttl";
    static final String PRIVATE_GRAPH = Directory.ID + "graph/private";

    static final Node MEMBERSHIP = iri("http://www.w3.org/ns/org#Membership");
    static final Node SKOS_IN_SCHEME = iri("http://www.w3.org/2004/02/skos/core#inScheme");
    static final Node DCTERMS_SOURCE = iri("http://purl.org/dc/terms/source");
    static final Node DCTERMS_MODIFIED = iri("http://purl.org/dc/terms/modified");
    static final Node PROV_ATTRIBUTED_TO = iri("http://www.w3.org/ns/prov#wasAttributedTo");

    /** Contact details of people: kept in the private graph, never in the public one. */
    static final Set<Node> CONTACT_DETAILS = Set.of(
            iri("http://xmlns.com/foaf/0.1/mbox"), iri("http://xmlns.com/foaf/0.1/phone"),
            iri("http://www.w3.org/2006/vcard/ns#hasEmail"), iri("http://www.w3.org/2006/vcard/ns#hasTelephone"),
            iri("http://www.w3.org/2006/vcard/ns#hasAddress"));

    /** Types that only appear inside another resource's description (a service's channel, an online location). */
    private static final Set<Node> PART_TYPES = Set.of(
            iri("https://schema.org/ServiceChannel"), iri("https://schema.org/VirtualLocation"));

    private static final Graph GRAPH = load();
    private static final Set<Node> KNOWN_CLASSES = knownClasses();

    private Ontology() {
    }

    /** The vocabulary itself: classes, properties and their subclass axioms, which shape checks need. */
    static Graph graph() {
        return GRAPH;
    }

    /** Whether {@code type} is a class the hub knows: one the directory lists, a part type, or one the vocabulary names. */
    static boolean isKnownClass(Node type) {
        return KNOWN_CLASSES.contains(type);
    }

    private static Set<Node> knownClasses() {
        Set<Node> known = new HashSet<>(PART_TYPES);
        known.add(MEMBERSHIP);
        for (ResourceKind kind : ResourceKind.values()) {
            kind.classes().forEach(type -> known.add(iri(type)));
        }
        GRAPH.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(axiom -> {
            known.add(axiom.getSubject());
            known.add(axiom.getObject());
        });
        GRAPH.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEachRemaining(declared -> known.add(declared.getSubject()));
        return Set.copyOf(known);
    }

    private static Graph load() {
        Graph graph = GraphFactory.createDefaultGraph();
        ClasspathTurtle.parseInto(VOCABULARY, graph);
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
