package fi.kurkiaura.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * How the columns of a coordinator's spreadsheet become a resource's triples: one mapping for
 * actors, one for services (documented for users in docs/import-export.md). A column that is
 * present replaces what it maps to; an empty cell clears it; a column left out keeps what the graph
 * has.
 */
final class CsvMapping {

    private static final String SCHEMA = "https://schema.org/";
    private static final String KU = "https://kurkiaura.fi/ontology#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node LABEL = Ontology.iri("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node DESCRIPTION = Ontology.iri("http://purl.org/dc/terms/description");
    private static final Node CHANNEL = Ontology.iri(SCHEMA + "availableChannel");
    private static final Node CHANNEL_KIND = Ontology.iri(KU + "channelKind");
    private static final String CHANNEL_KINDS = Directory.ID + "concept/channel-kind/";

    /** Turns references in cells (slugs, kind/slug, IRIs) into IRIs; supplied by the import, which knows the graph. */
    interface References {
        Node resolve(String reference, List<String> namespaces);
    }

    /** A cell that cannot be turned into triples. */
    static final class CellException extends RuntimeException {
        CellException(String message) {
            super(message);
        }
    }

    /** Writes a non-empty cell's triples about {@code resource} into {@code out}. */
    interface CellWriter {
        void write(String cell, Node resource, Graph out, References references);
    }

    /** One column: its header, what it means, how its cells are written, and which existing triples it replaces. */
    record Column(String name, String meaning, CellWriter writer, Predicate<Triple> replaces, boolean ownsBlankNodes) {
    }

    /** The kinds of resource a sheet may hold, each with its IRI namespace and type. */
    record Kind(String name, String namespace, Node type) {
    }

    final String name;
    final Map<String, Column> columns;
    private final List<Kind> kinds;

    private CsvMapping(String name, List<Kind> kinds, List<Column> columns) {
        this.name = name;
        this.kinds = kinds;
        this.columns = new LinkedHashMap<>();
        columns.forEach(column -> this.columns.put(column.name(), column));
    }

    /** The kind a row names in its {@code kind} column, or the only kind of this sheet. */
    Optional<Kind> kind(String cell) {
        if (kinds.size() == 1 && (cell == null || cell.isBlank())) {
            return Optional.of(kinds.get(0));
        }
        return kinds.stream().filter(kind -> kind.name().equals(cell == null ? "" : cell.strip())).findFirst();
    }

    String kindNames() {
        return String.join(", ", kinds.stream().map(Kind::name).toList());
    }

    static final CsvMapping ACTORS = new CsvMapping("actors",
            List.of(new Kind("organisation", Directory.ID + "organisation/", Ontology.iri(ORG + "FormalOrganization")),
                    new Kind("unit", Directory.ID + "unit/", Ontology.iri(ORG + "OrganizationalUnit")),
                    new Kind("network", Directory.ID + "network/", Ontology.iri(ORG + "OrganizationalCollaboration"))),
            common(List.of(
                    link("organisation_kind", KU + "organisationKind", "the kind of an organisation (organisation-kind slug: kunta, yritys, yhdistys…)",
                            List.of(Directory.ID + "concept/organisation-kind/")),
                    link("collaboration_kind", KU + "collaborationKind", "the kind of a network (collaboration-kind slug: ohjausryhma, teemaryhma…)",
                            List.of(Directory.ID + "concept/collaboration-kind/")),
                    link("unit_of", ORG + "unitOf", "for a unit or team: the organisation it belongs to",
                            List.of(Directory.ID + "organisation/", Directory.ID + "unit/")),
                    link("municipality", SCHEMA + "location", "where it is (place slug)", List.of(Directory.ID + "place/")),
                    link("area_served", SCHEMA + "areaServed", "municipalities or regions it works in", List.of(Directory.ID + "place/")),
                    iriValue("homepage", "http://xmlns.com/foaf/0.1/homepage", "its web site (https://…)"))));

    static final CsvMapping SERVICES = new CsvMapping("services",
            List.of(new Kind("service", Directory.ID + "service/", Ontology.iri(SCHEMA + "Service"))),
            common(List.of(
                    link("provider", SCHEMA + "provider", "who provides it: organisation, unit, network or project",
                            List.of(Directory.ID + "organisation/", Directory.ID + "unit/", Directory.ID + "network/", Directory.ID + "project/")),
                    link("target_groups", SCHEMA + "audience", "for whom (target-group slugs: nuoret, maahanmuuttajat…)",
                            List.of(Directory.ID + "concept/target-group/")),
                    link("service_classes", KU + "serviceClass", "service classes (tyonhaku, yrittajyys, koulutus…)",
                            List.of(Directory.ID + "concept/service-class/")),
                    link("area", SCHEMA + "areaServed", "municipalities or regions served (place slugs)", List.of(Directory.ID + "place/")),
                    link("topics", SCHEMA + "about", "topics (topic slugs)", List.of(Directory.ID + "concept/topic/")),
                    link("part_of", "http://purl.org/dc/terms/isPartOf", "the project it belongs to", List.of(Directory.ID + "project/")),
                    channel("web", "verkko", SCHEMA + "serviceUrl", "its web channel (https://…)"),
                    channel("phone", "puhelin", SCHEMA + "servicePhone", "its phone channel"))));

    /** Name and description columns every sheet has. */
    private static List<Column> common(List<Column> specific) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", "the slug of its IRI (made from name_fi when empty)", (cell, resource, out, references) -> { }, triple -> false, false));
        columns.add(new Column("kind", "organisation, unit or network (actors only)", (cell, resource, out, references) -> { }, triple -> false, false));
        for (String language : List.of("fi", "sv", "en")) {
            columns.add(text("name_" + language, LABEL, language, "its name in " + language));
            columns.add(text("description_" + language, DESCRIPTION, language, "its description in " + language));
        }
        columns.addAll(specific);
        return columns;
    }

    private static Column text(String name, Node property, String language, String meaning) {
        return new Column(name, meaning,
                (cell, resource, out, references) -> out.add(Triple.create(resource, property, NodeFactory.createLiteralLang(cell.strip(), language))),
                triple -> triple.getPredicate().equals(property) && triple.getObject().isLiteral()
                        && triple.getObject().getLiteralLanguage().equalsIgnoreCase(language), false);
    }

    private static Column link(String name, String property, String meaning, List<String> namespaces) {
        Node predicate = Ontology.iri(property);
        return new Column(name, meaning, (cell, resource, out, references) -> values(cell)
                .forEach(value -> out.add(Triple.create(resource, predicate, references.resolve(value, namespaces)))),
                triple -> triple.getPredicate().equals(predicate), false);
    }

    private static Column iriValue(String name, String property, String meaning) {
        Node predicate = Ontology.iri(property);
        return new Column(name, meaning, (cell, resource, out, references) -> out.add(Triple.create(resource, predicate, webAddress(cell))),
                triple -> triple.getPredicate().equals(predicate), false);
    }

    /** A channel of one kind: a blank node with the kind and one value, replacing the resource's channels of that kind. */
    private static Column channel(String name, String kind, String property, String meaning) {
        Node kindNode = NodeFactory.createURI(CHANNEL_KINDS + kind);
        Node predicate = Ontology.iri(property);
        return new Column(name, meaning, (cell, resource, out, references) -> {
            Node channel = NodeFactory.createBlankNode();
            out.add(Triple.create(resource, CHANNEL, channel));
            out.add(Triple.create(channel, RDF.type.asNode(), Ontology.iri(SCHEMA + "ServiceChannel")));
            out.add(Triple.create(channel, CHANNEL_KIND, kindNode));
            out.add(Triple.create(channel, predicate, property.endsWith("Url") ? webAddress(cell) : NodeFactory.createLiteralString(cell.strip())));
        }, triple -> triple.getPredicate().equals(CHANNEL_KIND) && triple.getObject().equals(kindNode), true);
    }

    private static Node webAddress(String cell) {
        String address = cell.strip();
        if (!address.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new CellException("Not a web address (https://…): '" + address + "'");
        }
        return NodeFactory.createURI(address);
    }

    /** The values of a multi-valued cell: separated by semicolons, commas or spaces. */
    static List<String> values(String cell) {
        return Arrays.stream(cell.split("[;,\\s]+")).filter(value -> !value.isBlank()).toList();
    }

    /** The slug for a new resource named {@code name}: lower case, Finnish and Swedish letters folded, hyphens between words. */
    static String slug(String name) {
        String folded = name.toLowerCase(java.util.Locale.ROOT)
                .replace('ä', 'a').replace('å', 'a').replace('ö', 'o').replace('ü', 'u').replace('é', 'e');
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
