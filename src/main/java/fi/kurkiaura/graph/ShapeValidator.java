package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks data against {@code ontology/shapes.ttl}: the rules every resource in the graph follows. */
@ApplicationScoped
public class ShapeValidator {

    static final String SHAPES = "ontology/shapes.ttl";

    private final Shapes shapes = loadShapes();

    /** One broken rule: which resource, which property, what is wrong. */
    public record Violation(String focusNode, String path, String message) {
    }

    /** Every violation in {@code data}; empty when it conforms. */
    public List<Violation> violations(Graph data) {
        return ShaclValidator.get().validate(shapes, data).getEntries().stream()
                .map(ShapeValidator::violation)
                .toList();
    }

    /**
     * The violations of {@code focusNodes} and the blank nodes they own, with the rest of
     * {@code data} as what they link to; what that context itself breaks is not their concern.
     */
    public List<Violation> violations(Graph data, Set<Node> focusNodes) {
        return ShaclValidator.get().validate(shapes, data).getEntries().stream()
                .filter(entry -> focusNodes.contains(entry.focusNode()) || entry.focusNode().isBlank())
                .map(ShapeValidator::violation)
                .toList();
    }

    private static Violation violation(ReportEntry entry) {
        String path = entry.resultPath() == null ? null : entry.resultPath().toString().replaceAll("^<|>$", "");
        return new Violation(text(entry.focusNode()), path, entry.message());
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    private static Shapes loadShapes() {
        Graph graph = GraphFactory.createDefaultGraph();
        ClasspathTurtle.parseInto(SHAPES, graph);
        return Shapes.parse(graph);
    }
}
