package fi.kurkiaura.coordination;

import fi.kurkiaura.graph.GraphWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Shows a meeting series and its meetings in the graph, where the directory, the bot and SPARQL
 * find them: the series as a {@code schema:EventSeries} with its rule, each meeting as a
 * {@code schema:Event} of the series and the network, with its host, place, status, agenda (with
 * minutes and decisions) and the actions it agreed. Who proposed an item is not shown.
 */
@ApplicationScoped
class MeetingPublication {

    private static final String SCHEMA = "https://schema.org/";
    private static final String KU = "https://kurkiaura.fi/ontology#";
    private static final String NETWORK_MEETING = "https://kurkiaura.fi/id/concept/event-kind/verkostotapaaminen";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT);

    @Inject
    GraphWrites writes;

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    /** Writes the series and {@code meetings} (all of them, or those that changed), with their agendas and actions, as {@code account}. */
    void publish(MeetingSeries series, List<Meeting> meetings, String account) {
        Map<Long, List<AgendaItem>> agendas = entityManager.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.series = :series"
                + " ORDER BY i.position, i.id", AgendaItem.class).setParameter("series", series).getResultStream()
                .collect(Collectors.groupingBy(item -> item.meeting().id()));
        Map<Long, List<ActionItem>> actions = entityManager.createQuery("SELECT a FROM ActionItem a WHERE a.meeting.series = :series ORDER BY a.id",
                ActionItem.class).setParameter("series", series).getResultStream().collect(Collectors.groupingBy(action -> action.meeting().id()));
        writes.publish(describe(series, meetings, agendas, actions).getGraph(), account);
    }

    static Model describe(MeetingSeries series, List<Meeting> meetings, Map<Long, List<AgendaItem>> agendas, Map<Long, List<ActionItem>> actions) {
        Model model = ModelFactory.createDefaultModel();
        Resource network = model.createResource(series.networkIri());
        Resource seriesNode = model.createResource(series.iri())
                .addProperty(RDF.type, model.createResource(SCHEMA + "EventSeries"))
                .addProperty(RDFS.label, series.title(), series.titleLanguage())
                .addProperty(model.createProperty(KU, "eventKind"), model.createResource(NETWORK_MEETING))
                .addProperty(schema(model, "startDate"), dateTime(model, series.firstStart()))
                .addProperty(schema(model, "organizer"), network)
                .addProperty(model.createProperty(KU, "recurrenceRule"), series.rrule());
        locate(seriesNode, series.place());
        for (Meeting meeting : meetings) {
            Resource node = model.createResource(meeting.iri())
                    .addProperty(RDF.type, model.createResource(SCHEMA + "Event"))
                    .addProperty(RDFS.label, series.title() + " " + meeting.startsAt().format(DAY), series.titleLanguage())
                    .addProperty(model.createProperty(KU, "eventKind"), model.createResource(NETWORK_MEETING))
                    .addProperty(schema(model, "startDate"), dateTime(model, meeting.startsAt()))
                    .addProperty(schema(model, "endDate"), dateTime(model, meeting.endsAt()))
                    .addProperty(schema(model, "superEvent"), seriesNode)
                    .addProperty(schema(model, "organizer"), network)
                    .addProperty(schema(model, "eventStatus"), model.createResource(SCHEMA + status(meeting)));
            meeting.host().ifPresent(host -> node.addProperty(model.createProperty(KU, "host"), model.createResource(host)));
            if (meeting.moved()) {
                node.addProperty(schema(model, "previousStartDate"), dateTime(model, meeting.recurrenceId()));
            }
            locate(node, meeting.place());
            agendas.getOrDefault(meeting.id(), List.of()).forEach(item -> node.addProperty(model.createProperty(KU, "agendaItem"), describe(model, item)));
            actions.getOrDefault(meeting.id(), List.of()).forEach(action -> node.addProperty(model.createProperty(KU, "actionItem"), describe(model, action)));
        }
        return model;
    }

    /** An agenda item, without who proposed it: its place, title, details, minutes and decision. */
    private static Resource describe(Model model, AgendaItem item) {
        Resource node = model.createResource()
                .addProperty(RDF.type, model.createResource(KU + "AgendaItem"))
                .addLiteral(schema(model, "position"), model.createTypedLiteral(item.position(), XSDDatatype.XSDinteger))
                .addProperty(RDFS.label, item.title());
        item.details().ifPresent(details -> node.addProperty(schema(model, "description"), details));
        item.minutes().ifPresent(minutes -> node.addProperty(model.createProperty(KU, "minutes"), minutes));
        item.decision().ifPresent(decision -> node.addProperty(model.createProperty(KU, "decision"), decision));
        return node;
    }

    /** An action: what, whose, by when, and whether it is done. */
    private static Resource describe(Model model, ActionItem action) {
        return model.createResource()
                .addProperty(RDF.type, model.createResource(KU + "ActionItem"))
                .addProperty(RDFS.label, action.what())
                .addProperty(model.createProperty(KU, "owner"), model.createResource(action.ownerIri()))
                .addProperty(model.createProperty(KU, "due"), model.createTypedLiteral(action.due().toString(), XSDDatatype.XSDdate))
                .addLiteral(model.createProperty(KU, "done"), model.createTypedLiteral(action.doneAt().isPresent()));
    }

    private static String status(Meeting meeting) {
        if (meeting.cancelled()) {
            return "EventCancelled";
        }
        return meeting.moved() ? "EventRescheduled" : "EventScheduled";
    }

    private static void locate(Resource event, Place place) {
        Model model = event.getModel();
        place.locationIri().ifPresent(location -> event.addProperty(schema(model, "location"), model.createResource(location)));
        Optional<String> online = place.onlineUrl();
        online.ifPresent(url -> event.addProperty(schema(model, "location"), model.createResource()
                .addProperty(RDF.type, model.createResource(SCHEMA + "VirtualLocation"))
                .addProperty(schema(model, "url"), model.createResource(url))));
    }

    private static Property schema(Model model, String name) {
        return model.createProperty(SCHEMA, name);
    }

    /** A local time of the series as an xsd:dateTime with its offset in Helsinki on that day. */
    private static Literal dateTime(Model model, LocalDateTime local) {
        return model.createTypedLiteral(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Recurrence.inZone(local)), XSDDatatype.XSDdateTime);
    }
}
