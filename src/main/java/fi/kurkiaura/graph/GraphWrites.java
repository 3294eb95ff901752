package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Creates, replaces, deletes and imports resources of the graph. Every write is checked first (what
 * the hub writes, the shapes, conflicts with the graph), then lands in one atomic update with its
 * provenance: who wrote it ({@code prov:wasAttributedTo} an account), when ({@code dcterms:modified}),
 * and for imports which import it came from ({@code dcterms:source}). A write that fails a check
 * changes nothing.
 */
@ApplicationScoped
public class GraphWrites {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final int BATCH = 500;
    private static final String PROV = "http://www.w3.org/ns/prov#";

    @Inject
    GraphStore store;

    @Inject
    ShapeValidator shapes;

    @Inject
    Event<GraphChanged> changed;

    Clock clock = Clock.systemUTC();

    /** Checks and writes happen one at a time on this node, so a check still holds when its write lands. */
    private final ReentrantLock writing = new ReentrantLock();

    /** What an import wrote: how many resources are new, how many replaced, and the import's IRI. */
    public record Imported(String source, int created, int replaced, long triples) {
    }

    /** Adds a resource the graph does not have yet; {@code data} describes exactly that resource. */
    public String create(Graph data, String account) {
        Descriptions descriptions = Descriptions.of(data);
        Node resource = only(descriptions);
        return exclusively(() -> {
            if (!existing(descriptions.resources()).isEmpty()) {
                throw RejectedDataException.conflict("The graph already has " + resource.getURI() + "; replace it with PUT instead", List.of());
            }
            write(descriptions, Map.of(), account, null);
            return resource.getURI();
        });
    }

    /** Replaces everything the graph says about {@code iri} by {@code data}, which describes exactly that resource. */
    public void replace(String iri, Graph data, String account) {
        Descriptions descriptions = Descriptions.of(data);
        Node resource = only(descriptions);
        if (!resource.getURI().equals(iri)) {
            throw RejectedDataException.invalid("The data describes " + resource.getURI() + ", not " + iri);
        }
        exclusively(() -> {
            Map<Node, Stored> before = existing(descriptions.resources());
            if (before.isEmpty()) {
                throw RejectedDataException.missing("The graph has no resource " + iri + "; create it with POST");
            }
            write(descriptions, before, account, null);
            return null;
        });
    }

    /**
     * Writes resources that another feature keeps and the graph shows (a meeting series and its
     * meetings): those the graph lacks are added, the others replaced, all in one checked update.
     */
    public void publish(Graph data, String account) {
        Descriptions descriptions = Descriptions.of(data);
        exclusively(() -> {
            write(descriptions, existing(descriptions.resources()), account, null);
            return null;
        });
    }

    /** Removes a resource, its blank nodes and its private details; refused while other resources link to it. */
    public void delete(String iri) {
        Node resource = NodeFactory.createURI(iri);
        exclusively(() -> {
            if (existing(Set.of(resource)).isEmpty()) {
                throw RejectedDataException.missing("The graph has no resource " + iri);
            }
            List<ShapeValidator.Violation> referrers = links(Set.of(resource), Set.of()).stream()
                    .map(link -> new ShapeValidator.Violation(link.from(), link.property(), "Links to " + link.target()))
                    .toList();
            if (!referrers.isEmpty()) {
                throw RejectedDataException.conflict(iri + " is still linked from " + referrers.size()
                        + " resource(s); change or delete those first", referrers);
            }
            store.update(removal(Set.of(resource)));
            changed.fire(new GraphChanged());
            return null;
        });
    }

    /**
     * Imports many resources at once, all or nothing: new ones are added, ones the graph has are
     * replaced. Each gets {@code dcterms:source} the import (unless it names its own source), which
     * is itself recorded as a {@code prov:Activity} of {@code account}.
     */
    public Imported importAll(Graph data, String account, String description) {
        Descriptions descriptions = Descriptions.of(data);
        String source = Directory.ID + "import/" + UUID.randomUUID();
        return exclusively(() -> {
            Map<Node, Stored> before = existing(descriptions.resources());
            Graph activity = importActivity(source, account, description);
            write(descriptions, before, account, NodeFactory.createURI(source), activity);
            return new Imported(source, descriptions.resources().size() - before.size(), before.size(), data.size());
        });
    }

    private void write(Descriptions descriptions, Map<Node, Stored> before, String account, Node importSource, Graph... alongside) {
        Graph publicPart = checked(descriptions, before, account, importSource);
        UpdateRequest update = before.isEmpty() ? new UpdateRequest() : removal(before.keySet());
        QuadDataAcc quads = new QuadDataAcc();
        publicPart.find().forEachRemaining(quads::addTriple);
        for (Graph extra : alongside) {
            extra.find().forEachRemaining(quads::addTriple);
        }
        Node privateGraph = NodeFactory.createURI(Ontology.PRIVATE_GRAPH);
        descriptions.privatePart().find().forEachRemaining(triple -> quads.addQuad(Quad.create(privateGraph, triple)));
        store.update(update.add(new UpdateDataInsert(quads)));
        changed.fire(new GraphChanged());
    }

    /**
     * Everything that stops {@code data} from being imported now: what the hub does not write,
     * type changes of linked resources, broken shapes. Empty when the import would succeed.
     */
    List<ShapeValidator.Violation> problemsWith(Graph data) {
        try {
            Descriptions descriptions = Descriptions.of(data);
            return exclusively(() -> {
                checked(descriptions, existing(descriptions.resources()), "check", null);
                return List.of();
            });
        } catch (RejectedDataException e) {
            return e.violations();
        }
    }

    /** The public part, stamped, once it passes every check; throws the first kind of problem found. */
    private Graph checked(Descriptions descriptions, Map<Node, Stored> before, String account, Node importSource) {
        Set<Node> retyped = before.entrySet().stream()
                .filter(entry -> !descriptions.typesOf(entry.getKey()).containsAll(entry.getValue().types()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<ShapeValidator.Violation> stillLinked = links(retyped, descriptions.resources()).stream()
                .map(link -> new ShapeValidator.Violation(link.target(), RDF.type.getURI(),
                        "Cannot change type while " + link.from() + " links to it (" + link.property() + ")"))
                .toList();
        if (!stillLinked.isEmpty()) {
            throw RejectedDataException.conflict("A resource other resources link to cannot change its type; change those first", stillLinked);
        }
        Graph publicPart = stamped(descriptions, before, account, importSource);
        Graph candidate = GraphFactory.createDefaultGraph();
        Ontology.graph().find().forEachRemaining(candidate::add);
        contextOf(descriptions.linkedResources()).find().forEachRemaining(candidate::add);
        publicPart.find().forEachRemaining(candidate::add);
        List<ShapeValidator.Violation> violations = shapes.violations(candidate, descriptions.resources());
        if (!violations.isEmpty()) {
            throw RejectedDataException.nonConforming(violations);
        }
        return publicPart;
    }

    /** The public descriptions the graph holds now of {@code resources}, blank nodes included. */
    Graph descriptionsOf(Set<Node> resources) {
        Graph descriptions = GraphFactory.createDefaultGraph();
        for (List<Node> batch : batches(resources)) {
            String query = "CONSTRUCT { ?s ?p ?o . ?o ?bp ?bo } WHERE { VALUES ?s { " + iris(batch)
                    + " } ?s ?p ?o OPTIONAL { FILTER(isBlank(?o)) ?o ?bp ?bo } }";
            store.query(QueryFactory.create(query), TIME_LIMIT, QueryExecution::execConstruct).getGraph().find().forEachRemaining(descriptions::add);
        }
        return descriptions;
    }

    /** The public part with provenance the server vouches for: the writer and the time replace whatever the client said. */
    private Graph stamped(Descriptions descriptions, Map<Node, Stored> before, String account, Node importSource) {
        Graph stamped = GraphFactory.createDefaultGraph();
        descriptions.publicPart().find()
                .filterDrop(triple -> triple.getPredicate().equals(Ontology.DCTERMS_MODIFIED) || triple.getPredicate().equals(Ontology.PROV_ATTRIBUTED_TO))
                .forEachRemaining(stamped::add);
        Instant now = clock.instant();
        Node modified = Provenance.dateTime(now);
        Node writer = Provenance.account(account);
        for (Node resource : descriptions.resources()) {
            stamped.add(Triple.create(resource, Ontology.DCTERMS_MODIFIED, modified));
            stamped.add(Triple.create(resource, Ontology.PROV_ATTRIBUTED_TO, writer));
            if (!stamped.contains(resource, Ontology.DCTERMS_SOURCE, Node.ANY)) {
                Set<Node> earlierSources = before.containsKey(resource) ? before.get(resource).sources() : Set.of();
                earlierSources.forEach(source -> stamped.add(Triple.create(resource, Ontology.DCTERMS_SOURCE, source)));
                if (importSource != null && earlierSources.isEmpty()) {
                    stamped.add(Triple.create(resource, Ontology.DCTERMS_SOURCE, importSource));
                }
            }
        }
        return stamped;
    }

    private Graph importActivity(String source, String account, String description) {
        Graph activity = GraphFactory.createDefaultGraph();
        Node node = NodeFactory.createURI(source);
        activity.add(Triple.create(node, RDF.type.asNode(), NodeFactory.createURI(PROV + "Activity")));
        activity.add(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(description, "fi")));
        activity.add(Triple.create(node, NodeFactory.createURI(PROV + "startedAtTime"), Provenance.dateTime(clock.instant())));
        activity.add(Triple.create(node, NodeFactory.createURI(PROV + "wasAssociatedWith"), Provenance.account(account)));
        return activity;
    }

    /** What the graph holds about the given resources now: their types and sources, for those it has. */
    private record Stored(Set<Node> types, Set<Node> sources) {
    }

    private Map<Node, Stored> existing(Set<Node> resources) {
        Map<Node, Stored> found = new HashMap<>();
        for (List<Node> batch : batches(resources)) {
            String query = "SELECT ?s ?p ?o WHERE { VALUES ?s { " + iris(batch) + " } ?s ?p ?o FILTER(?p IN (<"
                    + RDF.type.getURI() + ">, <" + Ontology.DCTERMS_SOURCE.getURI() + ">)) }";
            store.query(QueryFactory.create(query), TIME_LIMIT, execution -> {
                execution.execSelect().forEachRemaining(row -> {
                    Stored stored = found.computeIfAbsent(row.get("s").asNode(), key -> new Stored(new HashSet<>(), new HashSet<>()));
                    (row.getResource("p").getURI().equals(RDF.type.getURI()) ? stored.types() : stored.sources()).add(row.get("o").asNode());
                });
                return null;
            });
        }
        return found;
    }

    /** A link from one resource to another, directly or through a blank node the first one owns. */
    private record Link(String from, String property, String target) {
    }

    /** Links from resources outside {@code except} to any of {@code targets}. */
    private List<Link> links(Set<Node> targets, Set<Node> except) {
        List<Link> links = new ArrayList<>();
        for (List<Node> batch : batches(targets)) {
            String query = """
                    SELECT DISTINCT ?s ?p ?target WHERE {
                      VALUES ?target { %s }
                      { ?s ?p ?target } UNION { ?s ?p ?b . ?b ?q ?target FILTER(isBlank(?b)) }
                      FILTER(isIRI(?s) && ?s != ?target)
                    } LIMIT 1000""".formatted(iris(batch));
            store.query(QueryFactory.create(query), TIME_LIMIT, execution -> {
                execution.execSelect().forEachRemaining(row -> {
                    if (!except.contains(row.get("s").asNode())) {
                        links.add(new Link(row.getResource("s").getURI(), row.getResource("p").getURI(), row.getResource("target").getURI()));
                    }
                });
                return null;
            });
        }
        return links;
    }

    /** Types and schemes of linked resources: what sh:class and scheme checks look at. */
    private Graph contextOf(Set<Node> linked) {
        Graph context = GraphFactory.createDefaultGraph();
        for (List<Node> batch : batches(linked)) {
            String query = "CONSTRUCT { ?o ?p ?v } WHERE { VALUES ?o { " + iris(batch) + " } ?o ?p ?v FILTER(?p IN (<"
                    + RDF.type.getURI() + ">, <" + Ontology.SKOS_IN_SCHEME.getURI() + ">)) }";
            store.query(QueryFactory.create(query), TIME_LIMIT, QueryExecution::execConstruct).getGraph().find().forEachRemaining(context::add);
        }
        return context;
    }

    /** Deletes what the graph says about the resources, the blank nodes they own and their private details. */
    private static UpdateRequest removal(Set<Node> resources) {
        String values = "VALUES ?s { " + iris(resources) + " }";
        String privateGraph = "<" + Ontology.PRIVATE_GRAPH + ">";
        return UpdateFactory.create("""
                DELETE { ?b ?bp ?bo } WHERE { %1$s ?s ?p ?b FILTER(isBlank(?b)) ?b ?bp ?bo } ;
                DELETE { ?s ?p ?o } WHERE { %1$s ?s ?p ?o } ;
                DELETE { GRAPH %2$s { ?b ?bp ?bo } } WHERE { GRAPH %2$s { %1$s ?s ?p ?b FILTER(isBlank(?b)) ?b ?bp ?bo } } ;
                DELETE { GRAPH %2$s { ?s ?p ?o } } WHERE { GRAPH %2$s { %1$s ?s ?p ?o } }
                """.formatted(values, privateGraph));
    }

    private static Node only(Descriptions descriptions) {
        if (descriptions.resources().size() != 1) {
            throw RejectedDataException.invalid("The data describes " + descriptions.resources().size()
                    + " resources; one at a time here, several through the import");
        }
        return descriptions.resources().iterator().next();
    }

    private <T> T exclusively(Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }

    private static List<List<Node>> batches(Set<Node> nodes) {
        List<Node> all = new ArrayList<>(nodes);
        List<List<Node>> batches = new ArrayList<>();
        for (int start = 0; start < all.size(); start += BATCH) {
            batches.add(all.subList(start, Math.min(all.size(), start + BATCH)));
        }
        return batches;
    }

    private static String iris(Iterable<Node> nodes) {
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> text.append('<').append(node.getURI()).append("> "));
        return text.toString();
    }
}
