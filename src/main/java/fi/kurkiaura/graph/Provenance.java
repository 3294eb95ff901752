package fi.kurkiaura.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;

/** Where a fact came from and when it last changed: dcterms:source, prov:wasAttributedTo, dcterms:modified. */
final class Provenance {

    private Provenance() {
    }

    /** Sets dcterms:modified on every resource that names a source and has no modification time yet. */
    static void stampModified(Model model, Instant when) {
        Literal timestamp = dateTime(model, when);
        List<Resource> sourced = model.listSubjectsWithProperty(DCTerms.source).toList();
        for (Resource resource : sourced) {
            if (!resource.hasProperty(DCTerms.modified)) {
                resource.addLiteral(DCTerms.modified, timestamp);
            }
        }
    }

    static Literal dateTime(Model model, Instant when) {
        return model.createTypedLiteral(xsdDateTime(when));
    }

    static Node dateTime(Instant when) {
        return NodeFactory.createLiteralByValue(xsdDateTime(when), XSDDatatype.XSDdateTime);
    }

    /**
     * The IRI that stands for an account in provenance: opaque, built from the principal name
     * (the account's id, never its email), and not dereferenceable by the public.
     */
    static Node account(String principal) {
        return NodeFactory.createURI(Directory.ID + "account/" + URLEncoder.encode(principal, StandardCharsets.UTF_8));
    }

    private static XSDDateTime xsdDateTime(Instant when) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(when.toEpochMilli());
        return new XSDDateTime(calendar);
    }
}
