package fi.kurkiaura.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Turtle files packaged with the application: the vocabulary, the shapes, the seed. */
final class ClasspathTurtle {

    private ClasspathTurtle() {
    }

    /** Parses the class-path resource {@code name} into {@code target}; a missing one is a broken build. */
    static void parseInto(String name, Graph target) {
        try (InputStream turtle = open(name)) {
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String name) {
        InputStream stream = ClasspathTurtle.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("Resource missing from the application: " + name);
        }
        return stream;
    }
}
