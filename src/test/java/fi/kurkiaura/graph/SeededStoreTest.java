package fi.kurkiaura.graph;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests over one seeded embedded store per class; each test writes resources of its own. */
abstract class SeededStoreTest {

    @TempDir
    static Path directory;

    static SeededStore graph;

    @BeforeAll
    static void seed() {
        graph = new SeededStore(directory);
    }

    @AfterAll
    static void close() {
        graph.close();
    }
}
