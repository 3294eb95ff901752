package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Imports the actor and service lists coordinators keep in spreadsheets (CSV, comma or semicolon
 * separated, UTF-8). Every row is checked on its own and against the others; the answer reports
 * row by row. If any row is broken nothing is written, unless the caller asked for a partial
 * import, which writes the valid rows.
 */
@ApplicationScoped
public class CsvImport {

    static final int MAX_ROWS = 10_000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    @Inject
    GraphStore store;

    @Inject
    GraphWrites writes;

    /** The outcome for one row: imported, rejected (with its problems), or valid but not written. */
    public record Row(long row, String iri, String status, List<ShapeValidator.Violation> problems) {
    }

    /** The whole answer; {@code source} is the import's IRI when something was written. */
    public record Report(String sheet, boolean written, String source, int imported, int rejected, List<Row> rows) {
    }

    /** A row turned into triples, or the reasons it could not be. */
    private record Mapped(long row, Node resource, Graph triples, List<ShapeValidator.Violation> problems) {
    }

    public Report importSheet(CsvMapping mapping, byte[] csv, boolean partial, String account) {
        Sheet sheet = sheet(mapping, csv);
        List<CSVRecord> records = sheet.records();
        Map<Node, Long> rowOf = new HashMap<>();
        List<Mapped> mapped = new ArrayList<>();
        Set<Node> declared = declaredResources(mapping, records);
        Map<Node, Boolean> inGraph = new HashMap<>();
        for (CSVRecord record : records) {
            Mapped row = map(mapping, record, sheet.headers(), (reference, namespaces) -> resolve(reference, namespaces, declared, inGraph));
            Long earlier = row.resource() == null ? null : rowOf.putIfAbsent(row.resource(), row.row());
            if (earlier != null) {
                row = rejected(row, "The same resource as row " + earlier);
            }
            mapped.add(row);
        }
        mergeWithGraph(mapping, mapped, sheet.headers());

        Map<Long, List<ShapeValidator.Violation>> problems = new LinkedHashMap<>();
        mapped.stream().filter(row -> !row.problems().isEmpty()).forEach(row -> problems.put(row.row(), row.problems()));
        checkTogether(mapped, problems, rowOf);

        List<Mapped> valid = mapped.stream().filter(row -> !problems.containsKey(row.row())).toList();
        boolean write = !valid.isEmpty() && (problems.isEmpty() || partial);
        String source = null;
        if (write) {
            Graph union = GraphFactory.createDefaultGraph();
            valid.forEach(row -> row.triples().find().forEachRemaining(union::add));
            source = writes.importAll(union, account, "CSV-tuonti: " + mapping.name + " (" + valid.size() + " riviä)").source();
        }
        boolean written = write;
        List<Row> rows = mapped.stream().map(row -> new Row(row.row(), row.resource() == null ? null : row.resource().getURI(),
                problems.containsKey(row.row()) ? "rejected" : written ? "imported" : "valid",
                problems.getOrDefault(row.row(), List.of()))).toList();
        return new Report(mapping.name, written, source, written ? valid.size() : 0, problems.size(), rows);
    }

    /**
     * Checks the valid rows as one import, blames each problem on the row of its resource, and
     * checks again without those rows, until what is left passes: a row is only called valid if
     * it would be written.
     */
    private void checkTogether(List<Mapped> mapped, Map<Long, List<ShapeValidator.Violation>> problems, Map<Node, Long> rowOf) {
        while (true) {
            Graph union = GraphFactory.createDefaultGraph();
            mapped.stream().filter(row -> !problems.containsKey(row.row())).forEach(row -> row.triples().find().forEachRemaining(union::add));
            if (union.isEmpty()) {
                return;
            }
            List<ShapeValidator.Violation> found = writes.problemsWith(union);
            if (found.isEmpty()) {
                return;
            }
            boolean blamed = false;
            for (ShapeValidator.Violation violation : found) {
                Long row = violation.focusNode() == null ? null : rowOf.get(NodeFactory.createURI(violation.focusNode()));
                if (row != null) {
                    problems.computeIfAbsent(row, key -> new ArrayList<>()).add(violation);
                    blamed = true;
                }
            }
            if (!blamed) {
                throw RejectedDataException.invalid("The sheet cannot be imported", found);
            }
        }
    }

    private Mapped map(CsvMapping mapping, CSVRecord record, List<String> headers, CsvMapping.References references) {
        long row = record.getRecordNumber() + 1;
        List<ShapeValidator.Violation> problems = new ArrayList<>();
        if (!record.isConsistent()) {
            problems.add(new ShapeValidator.Violation(null, null, "Row " + row + " has " + record.size() + " cells, the header " + headers.size()));
        }
        String kindCell = cell(record, "kind");
        CsvMapping.Kind kind = mapping.kind(kindCell).orElse(null);
        if (kind == null) {
            problems.add(new ShapeValidator.Violation(null, "kind", "Unknown kind '" + kindCell + "'; use one of " + mapping.kindNames()));
            return new Mapped(row, null, GraphFactory.createDefaultGraph(), problems);
        }
        Node resource = resourceOf(kind, record);
        if (resource == null) {
            problems.add(new ShapeValidator.Violation(null, "id", "Give an id (lower-case letters, digits, hyphens) or a name_fi"));
            return new Mapped(row, null, GraphFactory.createDefaultGraph(), problems);
        }
        Graph triples = GraphFactory.createDefaultGraph();
        triples.add(Triple.create(resource, RDF.type.asNode(), kind.type()));
        for (String header : headers) {
            String value = cell(record, header);
            if (value.isEmpty()) {
                continue;
            }
            try {
                mapping.columns.get(header).writer().write(value, resource, triples, references);
            } catch (CsvMapping.CellException e) {
                problems.add(new ShapeValidator.Violation(resource.getURI(), header, e.getMessage()));
            }
        }
        return new Mapped(row, resource, triples, problems);
    }

    private static Node resourceOf(CsvMapping.Kind kind, CSVRecord record) {
        String id = cell(record, "id");
        String slug = id.isEmpty() ? CsvMapping.slug(cell(record, "name_fi")) : id;
        return slug.matches("[a-z0-9][a-z0-9-]{0,119}") ? NodeFactory.createURI(kind.namespace() + slug) : null;
    }

    /** The resources the sheet itself describes, so that rows may refer to each other. */
    private static Set<Node> declaredResources(CsvMapping mapping, List<CSVRecord> records) {
        Set<Node> declared = new HashSet<>();
        records.forEach(record -> mapping.kind(cell(record, "kind")).map(kind -> resourceOf(kind, record)).ifPresent(declared::add));
        return declared;
    }

    /** An IRI, {@code kind/slug}, or a slug looked up in each namespace in turn (the sheet first, then the graph). */
    private Node resolve(String reference, List<String> namespaces, Set<Node> declared, Map<Node, Boolean> inGraph) {
        if (reference.startsWith("http://") || reference.startsWith("https://")) {
            return NodeFactory.createURI(reference);
        }
        if (!reference.matches("[a-z0-9-]+(/[a-z0-9-]+){0,2}")) {
            throw new CsvMapping.CellException("Not a slug or an IRI: '" + reference + "'");
        }
        List<Node> candidates = reference.contains("/") ? List.of(NodeFactory.createURI(Directory.ID + reference))
                : namespaces.stream().map(namespace -> NodeFactory.createURI(namespace + reference)).toList();
        return candidates.stream().filter(declared::contains).findFirst()
                .or(() -> candidates.stream().filter(candidate -> inGraph.computeIfAbsent(candidate, this::inGraph)).findFirst())
                .orElseThrow(() -> new CsvMapping.CellException("No such resource in the graph or the sheet: '" + reference + "'"));
    }

    private boolean inGraph(Node candidate) {
        return store.query(QueryFactory.create("ASK { <" + candidate.getURI() + "> ?p ?o }"), TIME_LIMIT, execution -> execution.execAsk());
    }

    /**
     * Rows about resources the graph already has keep what their sheet does not map: the graph's
     * description minus what the present columns replace, plus the row.
     */
    private void mergeWithGraph(CsvMapping mapping, List<Mapped> mapped, List<String> headers) {
        Set<Node> resources = new HashSet<>();
        mapped.stream().filter(row -> row.resource() != null).forEach(row -> resources.add(row.resource()));
        Graph current = writes.descriptionsOf(resources);
        List<CsvMapping.Column> present = headers.stream().map(mapping.columns::get).toList();
        for (Mapped row : mapped) {
            if (row.resource() == null || !current.contains(row.resource(), Node.ANY, Node.ANY)) {
                continue;
            }
            Set<Node> replacedBlankNodes = new HashSet<>();
            present.stream().filter(CsvMapping.Column::ownsBlankNodes).forEach(column -> current.find()
                    .filterKeep(triple -> triple.getSubject().isBlank() && column.replaces().test(triple))
                    .forEachRemaining(triple -> replacedBlankNodes.add(triple.getSubject())));
            current.find(row.resource(), Node.ANY, Node.ANY).forEachRemaining(triple -> {
                boolean replaced = replacedBlankNodes.contains(triple.getObject())
                        || present.stream().anyMatch(column -> !column.ownsBlankNodes() && column.replaces().test(triple))
                        || triple.getPredicate().equals(RDF.type.asNode()) && headers.contains("kind");
                if (!replaced) {
                    row.triples().add(triple);
                    if (triple.getObject().isBlank()) {
                        current.find(triple.getObject(), Node.ANY, Node.ANY).forEachRemaining(row.triples()::add);
                    }
                }
            });
        }
    }

    /** A parsed sheet: its column headers and its data rows. */
    private record Sheet(List<String> headers, List<CSVRecord> records) {
    }

    private static Sheet sheet(CsvMapping mapping, byte[] csv) {
        String text = utf8(csv);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> unknown = parser.getHeaderNames().stream().filter(name -> !mapping.columns.containsKey(name)).toList();
            if (!unknown.isEmpty()) {
                throw RejectedDataException.invalid("Unknown column(s) " + unknown + " in the " + mapping.name + " sheet; the columns are "
                        + String.join(", ", mapping.columns.keySet()) + " (see docs/import-export.md)");
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_ROWS) {
                    throw RejectedDataException.invalid("A sheet has at most " + MAX_ROWS + " rows; split it");
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw RejectedDataException.invalid("The sheet has a header but no rows");
            }
            return new Sheet(parser.getHeaderNames(), records);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw RejectedDataException.invalid("Not a readable CSV sheet: " + e.getMessage());
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw RejectedDataException.invalid("The sheet is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static Mapped rejected(Mapped row, String message) {
        List<ShapeValidator.Violation> problems = new ArrayList<>(row.problems());
        problems.add(new ShapeValidator.Violation(row.resource().getURI(), "id", message));
        return new Mapped(row.row(), row.resource(), row.triples(), problems);
    }
}
