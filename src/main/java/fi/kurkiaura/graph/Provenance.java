package fi.kurkiaura.graph;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDateTime;
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
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(when.toEpochMilli());
        return model.createTypedLiteral(new XSDDateTime(calendar));
    }
}
