package fi.kurkiaura.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Resources described in a body of RDF, checked for what the hub writes. Every triple is about one
 * of the described resources, IRIs under {@code https://kurkiaura.fi/id/<kind>/}, or about a blank
 * node that exactly one of them owns directly (a service's channel). Every resource has a type of
 * its kind, and every type is one the hub knows. A person's contact details are set apart for the
 * private graph; everything else goes to the public one.
 */
final class Descriptions {

    private static final Pattern RESOURCE_PATH = Pattern.compile("([a-z]+)/[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?");
    private static final int MAX_IRI = 300;
    private static final Node PERSON = Ontology.iri("http://xmlns.com/foaf/0.1/Person");

    private final Map<Node, Set<Node>> types;
    private final Graph publicPart;
    private final Graph privatePart;

    private Descriptions(Map<Node, Set<Node>> types, Graph publicPart, Graph privatePart) {
        this.types = types;
        this.publicPart = publicPart;
        this.privatePart = privatePart;
    }

    /** The descriptions in {@code data}; throws a 400 {@link RejectedDataException} naming every problem. */
    static Descriptions of(Graph data) {
        List<ShapeValidator.Violation> problems = new ArrayList<>();
        Map<Node, Set<Node>> types = new LinkedHashMap<>();
        data.find().forEachRemaining(triple -> {
            Node subject = triple.getSubject();
            if (subject.isURI()) {
                types.computeIfAbsent(subject, key -> new LinkedHashSet<>());
                if (triple.getPredicate().equals(RDF.type.asNode())) {
                    types.get(subject).add(triple.getObject());
                }
            }
        });
        if (types.isEmpty()) {
            throw RejectedDataException.invalid("The data describes no resource");
        }
        types.forEach((resource, itsTypes) -> checkResource(resource, itsTypes, problems));
        data.find().forEachRemaining(triple -> {
            if (triple.getObject().isURI() && !isSafeIri(triple.getObject().getURI())) {
                problems.add(problem(triple.getSubject(), triple.getPredicate().getURI(), "Not a valid IRI: " + triple.getObject().getURI()));
            }
        });
        checkBlankNodes(data, types.keySet(), problems);
        if (!problems.isEmpty()) {
            throw RejectedDataException.invalid("The data is not something the hub writes; nothing was written", problems);
        }
        Graph publicPart = GraphFactory.createDefaultGraph();
        Graph privatePart = GraphFactory.createDefaultGraph();
        Set<Node> privateBlankNodes = new LinkedHashSet<>();
        data.find().forEachRemaining(triple -> {
            if (types.containsKey(triple.getSubject()) && isContactOfPerson(triple, types.get(triple.getSubject()))) {
                privatePart.add(triple);
                if (triple.getObject().isBlank()) {
                    privateBlankNodes.add(triple.getObject());
                }
            }
        });
        data.find().forEachRemaining(triple -> {
            boolean contact = privatePart.contains(triple) || privateBlankNodes.contains(triple.getSubject());
            (contact ? privatePart : publicPart).add(triple);
        });
        return new Descriptions(types, publicPart, privatePart);
    }

    /** The described resources, in the order they appear. */
    Set<Node> resources() {
        return types.keySet();
    }

    Set<Node> typesOf(Node resource) {
        return types.get(resource);
    }

    Graph publicPart() {
        return publicPart;
    }

    Graph privatePart() {
        return privatePart;
    }

    /** IRIs the descriptions link to but do not describe: what shape checks need to know about from the graph. */
    Set<Node> linkedResources() {
        Set<Node> linked = new LinkedHashSet<>();
        publicPart.find().forEachRemaining(triple -> {
            Node object = triple.getObject();
            if (object.isURI() && !types.containsKey(object) && !triple.getPredicate().equals(RDF.type.asNode())) {
                linked.add(object);
            }
        });
        return linked;
    }

    private static void checkResource(Node resource, Set<Node> itsTypes, List<ShapeValidator.Violation> problems) {
        String iri = resource.getURI();
        var path = iri.startsWith(Directory.ID) && iri.length() <= MAX_IRI
                ? RESOURCE_PATH.matcher(iri.substring(Directory.ID.length())) : null;
        if (path == null || !path.matches()) {
            problems.add(problem(resource, null, "A resource the hub writes is named https://kurkiaura.fi/id/<kind>/<slug> "
                    + "(lower-case letters, digits and hyphens; concepts /id/concept/<scheme>/<slug>)"));
            return;
        }
        itsTypes.stream().filter(type -> !Ontology.isKnownClass(type)).forEach(type -> problems.add(
                problem(resource, RDF.type.getURI(), "Unknown type " + type + "; the hub writes " + ResourceKind.names() + " and membership")));
        String kind = path.group(1);
        List<Node> kindClasses = classesOf(kind);
        if (kindClasses.isEmpty()) {
            problems.add(problem(resource, null, "Unknown kind '" + kind + "' in the IRI; use one of " + ResourceKind.names() + ", membership"));
        } else if (itsTypes.stream().noneMatch(kindClasses::contains)) {
            problems.add(problem(resource, RDF.type.getURI(), "A resource under /id/" + kind + "/ has one of the types "
                    + kindClasses.stream().map(Node::getURI).toList()));
        }
    }

    /** An absolute IRI with none of the characters that IRIs may not hold (they would end an IRI in a query). */
    private static boolean isSafeIri(String iri) {
        if (iri.length() > 2000 || !iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*")) {
            return false;
        }
        try {
            IRIx parsed = IRIx.create(iri);
            return parsed.isReference() && !parsed.isRelative();
        } catch (IRIException e) {
            return false;
        }
    }

    static List<Node> classesOf(String kind) {
        if (kind.equals("membership")) {
            return List.of(Ontology.MEMBERSHIP);
        }
        return ResourceKind.named(kind).map(found -> found.classes().stream().map(Ontology::iri).toList()).orElse(List.of());
    }

    /**
     * A blank node hangs directly off one described resource; nested, shared or free-floating ones
     * would outlive or escape the resource they describe.
     */
    private static void checkBlankNodes(Graph data, Set<Node> resources, List<ShapeValidator.Violation> problems) {
        Map<Node, Node> owners = new HashMap<>();
        Set<Node> blankSubjects = new LinkedHashSet<>();
        data.find().forEachRemaining(triple -> {
            if (triple.getSubject().isBlank()) {
                blankSubjects.add(triple.getSubject());
            }
            if (triple.getObject().isBlank()) {
                Node owner = triple.getSubject();
                Node previous = owners.putIfAbsent(triple.getObject(), owner);
                if (!resources.contains(owner)) {
                    problems.add(problem(owner, triple.getPredicate().getURI(), "Blank nodes inside blank nodes are not written; give the inner one an IRI"));
                } else if (previous != null && !previous.equals(owner)) {
                    problems.add(problem(owner, triple.getPredicate().getURI(), "A blank node belongs to one resource; " + previous + " has it too"));
                }
            }
        });
        blankSubjects.stream().filter(blank -> !owners.containsKey(blank))
                .forEach(orphan -> problems.add(problem(orphan, null, "A blank node no described resource links to")));
    }

    private static boolean isContactOfPerson(Triple triple, Set<Node> subjectTypes) {
        return subjectTypes.contains(PERSON) && Ontology.CONTACT_DETAILS.contains(triple.getPredicate());
    }

    private static ShapeValidator.Violation problem(Node focus, String path, String message) {
        return new ShapeValidator.Violation(focus.isURI() ? focus.getURI() : focus.toString(), path, message);
    }
}
