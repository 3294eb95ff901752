package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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

    private static Violation violation(ReportEntry entry) {
        String path = entry.resultPath() == null ? null : entry.resultPath().toString().replaceAll("^<|>$", "");
        return new Violation(text(entry.focusNode()), path, entry.message());
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    private static Shapes loadShapes() {
        try (InputStream turtle = ShapeValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (turtle == null) {
                throw new IllegalStateException("Shapes missing from the application: " + SHAPES);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(graph);
            return Shapes.parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
