package fi.kurkiaura.graph;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * One resource's description in the form the client asked for: JSON for the UI, Turtle, JSON-LD
 * or N-Triples for RDF clients, or a plain HTML page for a browser. All text is escaped.
 */
final class LinkedData {

    private static final Map<String, RDFFormat> RDF_FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11,
            "application/n-triples", RDFFormat.NTRIPLES);

    private static final Map<String, String> PREFIXES = Map.of(
            "rdfs", RDFS.getURI(), "skos", SKOS.getURI(), "dcterms", "http://purl.org/dc/terms/", "schema", "https://schema.org/",
            "ku", "https://kurkiaura.fi/ontology#", "org", "http://www.w3.org/ns/org#", "foaf", "http://xmlns.com/foaf/0.1/",
            "prov", "http://www.w3.org/ns/prov#", "id", Directory.ID);

    private LinkedData() {
    }

    static Response represent(Model description, String iri, String language, List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            String name = type.getType() + "/" + type.getSubtype();
            if (RDF_FORMATS.containsKey(name)) {
                return Response.ok(rdf(ownDescription(description, iri), RDF_FORMATS.get(name)), name + "; charset=utf-8").build();
            }
            if (name.equals("application/json") || type.isWildcardType()) {
                return Response.ok(json(description, iri, language), MediaType.APPLICATION_JSON_TYPE).build();
            }
            if (name.equals("text/html")) {
                return Response.ok(html(description, iri, language), "text/html; charset=utf-8").build();
            }
        }
        return Response.ok(json(description, iri, language), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Only what the resource says about itself, blank nodes included: what a client edits and
     * sends back to replace it. Labels of neighbours are for the JSON and HTML views.
     */
    static Model ownDescription(Model description, String iri) {
        Model own = ModelFactory.createDefaultModel().setNsPrefixes(PREFIXES);
        Resource resource = description.getResource(iri);
        resource.listProperties().forEach(statement -> {
            own.add(statement);
            if (statement.getObject().isAnon()) {
                own.add(statement.getObject().asResource().listProperties());
            }
        });
        return own;
    }

    static byte[] rdf(Model model, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format);
        return out.toByteArray();
    }

    static String json(Model model, String iri, String language) {
        Resource resource = model.getResource(iri);
        JsonObjectBuilder object = Json.createObjectBuilder().add("iri", iri);
        JsonArrayBuilder types = Json.createArrayBuilder();
        resource.listProperties(RDF.type).forEach(statement -> types.add(statement.getResource().getURI()));
        object.add("types", types).add("label", label(resource, language).orElse(iri));
        JsonObjectBuilder properties = Json.createObjectBuilder();
        outgoing(resource).forEach((property, values) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(value -> array.add(value(value, language)));
            properties.add(property, array);
        });
        object.add("properties", properties);
        JsonArrayBuilder incoming = Json.createArrayBuilder();
        model.listStatements(null, null, resource).forEach(statement -> incoming.add(Json.createObjectBuilder()
                .add("property", statement.getPredicate().getURI())
                .add("from", value(statement.getSubject(), language))));
        return object.add("incoming", incoming).build().toString();
    }

    static String html(Model model, String iri, String language) {
        Resource resource = model.getResource(iri);
        String title = escape(label(resource, language).orElse(iri));
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s – Kurkiaura</title>
                <link rel="stylesheet" href="/assets/app.css"></head>
                <body><main><p><a href="/">Kurkiaura</a></p><h1>%s</h1><p><code>%s</code></p><dl>
                """.formatted(escape(language), title, title, escape(iri)));
        outgoing(resource).forEach((property, values) -> {
            page.append("<dt>").append(escape(localName(property))).append("</dt>");
            values.forEach(value -> page.append("<dd>").append(htmlValue(value, language)).append("</dd>"));
        });
        page.append("</dl><h2>←</h2><ul>");
        model.listStatements(null, null, resource).forEach(statement -> page.append("<li>")
                .append(htmlValue(statement.getSubject(), language)).append(" <small>")
                .append(escape(localName(statement.getPredicate().getURI()))).append("</small></li>"));
        return page.append("</ul></main></body></html>\n").toString();
    }

    private static Map<String, List<RDFNode>> outgoing(Resource resource) {
        Map<String, List<RDFNode>> properties = new TreeMap<>();
        resource.listProperties().forEach(statement -> properties
                .computeIfAbsent(statement.getPredicate().getURI(), key -> new java.util.ArrayList<>())
                .add(statement.getObject()));
        properties.values().forEach(values -> values.sort(Comparator.comparing(RDFNode::toString)));
        return properties;
    }

    private static JsonObjectBuilder value(RDFNode node, String language) {
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            JsonObjectBuilder value = Json.createObjectBuilder().add("value", literal.getLexicalForm());
            return literal.getLanguage().isEmpty() ? value.add("datatype", literal.getDatatypeURI()) : value.add("lang", literal.getLanguage());
        }
        Resource resource = node.asResource();
        JsonObjectBuilder value = Json.createObjectBuilder();
        if (resource.isURIResource()) {
            value.add("iri", resource.getURI());
            label(resource, language).ifPresent(label -> value.add("label", label));
        } else {
            value.add("blank", true);
            resource.listProperties().forEach(statement -> value.add(localName(statement.getPredicate().getURI()),
                    statement.getObject().isLiteral() ? statement.getObject().asLiteral().getLexicalForm() : statement.getObject().toString()));
        }
        return value;
    }

    private static String htmlValue(RDFNode node, String language) {
        if (node.isLiteral()) {
            return escape(node.asLiteral().getLexicalForm());
        }
        Resource resource = node.asResource();
        if (!resource.isURIResource()) {
            return escape(resource.listProperties().toList().stream().map(Statement::getObject).map(RDFNode::toString).toList().toString());
        }
        String href = resource.getURI().startsWith(Directory.ID) ? "/id/" + resource.getURI().substring(Directory.ID.length()) : resource.getURI();
        return "<a href=\"" + escape(href) + "\">" + escape(label(resource, language).orElse(resource.getURI())) + "</a>";
    }

    /** The label in the asked language, else Finnish, else any. */
    static Optional<String> label(Resource resource, String language) {
        String any = null;
        String finnish = null;
        for (var property : List.of(RDFS.label, SKOS.prefLabel)) {
            for (Statement statement : resource.listProperties(property).toList()) {
                Literal literal = statement.getLiteral();
                if (literal.getLanguage().equals(language)) {
                    return Optional.of(literal.getLexicalForm());
                }
                if (literal.getLanguage().equals("fi")) {
                    finnish = literal.getLexicalForm();
                }
                if (any == null) {
                    any = literal.getLexicalForm();
                }
            }
        }
        return Optional.ofNullable(finnish != null ? finnish : any);
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 ? iri.substring(cut + 1) : iri;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

}
