package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Events of the graph that overlap in time and are for the same people: they share a target group
 * ({@code schema:audience}), an area (a place one is at or serves is, or lies in, one the other is
 * at or serves), or their organisers (the same organisation or network, or networks with a member
 * in common, or a network and one of its members). Cancelled events and series clash with nothing.
 * An event with only a date lasts that day; one with a start time and no end, two hours. Times
 * without an offset are Helsinki time.
 */
@ApplicationScoped
public class EventClashes {

    static final Duration UNSTATED_LENGTH = Duration.ofHours(2);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final String SCHEMA = "https://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String KU = "https://kurkiaura.fi/ontology#";

    @Inject
    GraphStore store;

    /** What two clashing events share: a target group, an area, or organisers, each a resource of the graph with its label. */
    public record Shared(String kind, String iri, String label) {
    }

    /** An event that clashes with the one asked about, and what they share. */
    public record Clash(String iri, String label, String start, String end, List<Shared> shared) {
    }

    /** Two events that clash, the earlier first. */
    public record Pair(Clash first, Clash second, List<Shared> shared) {
    }

    /**
     * The events that clash with {@code eventIri}; empty (not an empty list) when it is not an event
     * with a start, and an empty list for a cancelled event.
     */
    public Optional<List<Clash>> clashesOf(String eventIri) {
        return Optional.ofNullable(clashesOfEach(List.of(eventIri)).get(eventIri));
    }

    /**
     * The clashes of each of the events (those that are events with a start), found together: the
     * events of the graph are read once, from the earliest start asked about.
     */
    public Map<String, List<Clash>> clashesOfEach(Collection<String> eventIris) {
        Map<String, String> starts = startsOf(eventIris);
        Optional<String> earliest = starts.values().stream().map(start -> start.substring(0, Math.min(10, start.length()))).min(Comparator.naturalOrder());
        if (earliest.isEmpty()) {
            return Map.of();
        }
        List<Event> events = eventsFrom(earliest.get(), 2);
        Map<String, List<Clash>> found = new LinkedHashMap<>();
        starts.keySet().forEach(iri -> found.put(iri, events.stream().filter(event -> event.iri().equals(iri)).findFirst()
                .map(asked -> clashesWith(asked, events)).orElse(List.of())));
        return found;
    }

    private static List<Clash> clashesWith(Event asked, List<Event> events) {
        List<Clash> clashes = new ArrayList<>();
        for (Event other : events) {
            if (!other.iri().equals(asked.iri()) && asked.overlaps(other)) {
                List<Shared> shared = asked.sharedWith(other);
                if (!shared.isEmpty()) {
                    clashes.add(other.clash(shared));
                }
            }
        }
        clashes.sort(Comparator.comparing(Clash::start));
        return clashes;
    }

    /** Every pair of events starting from {@code from} on that clash, in the order of their starts. */
    public List<Pair> clashesFrom(LocalDate from) {
        List<Event> events = eventsFrom(from.toString(), 0);
        List<Event> ordered = events.stream().filter(event -> !event.starts().isBefore(from.atStartOfDay(HELSINKI).toInstant()))
                .sorted(Comparator.comparing(Event::starts)).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Event one = ordered.get(i);
            for (int j = i + 1; j < ordered.size() && ordered.get(j).starts().isBefore(one.ends()); j++) {
                Event other = ordered.get(j);
                List<Shared> shared = one.sharedWith(other);
                if (!shared.isEmpty()) {
                    pairs.add(new Pair(one.clash(List.of()), other.clash(List.of()), shared));
                }
            }
        }
        return pairs;
    }

    /** The start, as written, of each of the IRIs that is an event with one. */
    private Map<String, String> startsOf(Collection<String> eventIris) {
        String values = eventIris.stream().map(iri -> "<" + ClientIris.valid(iri) + ">").collect(Collectors.joining(" "));
        Query query = QueryFactory.create("SELECT ?event (MIN(STR(?start)) AS ?begins) WHERE { VALUES ?event { " + values + " } ?event a <" + SCHEMA
                + "Event> ; <" + SCHEMA + "startDate> ?start } GROUP BY ?event");
        return store.query(query, TIME_LIMIT, execution -> {
            Map<String, String> starts = new LinkedHashMap<>();
            execution.execSelect().forEachRemaining(row -> starts.put(row.getResource("event").getURI(), row.getLiteral("begins").getString()));
            return starts;
        });
    }

    /** The events that start on or after {@code day} minus {@code daysBefore} (as written), with what clashes are judged by. */
    private List<Event> eventsFrom(String day, int daysBefore) {
        String from = LocalDate.parse(day).minusDays(daysBefore).toString();
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX schema: <https://schema.org/>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX ku: <https://kurkiaura.fi/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                CONSTRUCT {
                  ?event a schema:Event ; ?property ?value .
                  ?inner schema:containedInPlace ?outer .
                  ?municipality a ku:Municipality .
                  ?organiser org:hasMember ?member .
                  ?linked rdfs:label ?name .
                } WHERE {
                  ?event a schema:Event ; schema:startDate ?start .
                  FILTER(STR(?start) >= ?from)
                  {
                    ?event ?property ?value .
                    VALUES ?property { schema:startDate schema:endDate schema:audience schema:location schema:areaServed schema:organizer ku:host
                                       schema:eventStatus rdfs:label }
                  } UNION {
                    ?event schema:location|schema:areaServed ?place . ?place schema:containedInPlace* ?inner . ?inner schema:containedInPlace ?outer .
                  } UNION {
                    ?event schema:location|schema:areaServed ?place . ?place schema:containedInPlace* ?municipality . ?municipality a ku:Municipality .
                  } UNION {
                    ?event schema:organizer|ku:host ?organiser . ?organiser org:hasMember ?member .
                  } UNION {
                    ?event schema:audience|schema:location|schema:areaServed|schema:organizer|ku:host ?linked .
                    ?linked rdfs:label|<http://www.w3.org/2004/02/skos/core#prefLabel> ?name .
                  } UNION {
                    ?event schema:location|schema:areaServed ?place . ?place schema:containedInPlace* ?linked . ?linked rdfs:label ?name .
                  } UNION {
                    ?event schema:organizer|ku:host ?organiser . ?organiser org:hasMember ?linked . ?linked rdfs:label ?name .
                  }
                }""");
        query.setLiteral("from", from);
        Model found = store.query(query.asQuery(), TIME_LIMIT, execution -> execution.execConstruct());
        Property start = found.createProperty(SCHEMA, "startDate");
        List<Event> events = new ArrayList<>();
        found.listSubjectsWithProperty(RDF.type, found.createResource(SCHEMA + "Event")).forEachRemaining(event -> {
            if (event.hasProperty(found.createProperty(SCHEMA, "eventStatus"), found.createResource(SCHEMA + "EventCancelled"))) {
                return;
            }
            Statement started = event.getProperty(start);
            if (started == null || !started.getObject().isLiteral()) {
                return;
            }
            Optional<Interval> when = Interval.of(started.getLiteral().getLexicalForm(),
                    Optional.ofNullable(event.getProperty(found.createProperty(SCHEMA, "endDate"))).filter(end -> end.getObject().isLiteral())
                            .map(end -> end.getLiteral().getLexicalForm()));
            when.ifPresent(interval -> events.add(Event.of(event, interval)));
        });
        return events;
    }

    /** When an event takes place, as instants. */
    record Interval(String start, String end, Instant from, Instant until) {

        static Optional<Interval> of(String start, Optional<String> end) {
            try {
                Instant from = instant(start, false);
                Instant until = end.map(written -> instant(written, true))
                        .orElseGet(() -> start.length() <= 10 ? instant(start, true) : from.plus(UNSTATED_LENGTH));
                return Optional.of(new Interval(start, end.orElse(null), from, until.isAfter(from) ? until : from.plus(UNSTATED_LENGTH)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** A date is its whole day: its start, or (for an end) the start of the next day. */
        private static Instant instant(String written, boolean asEnd) {
            if (written.length() <= 10) {
                LocalDate day = LocalDate.parse(written);
                return (asEnd ? day.plusDays(1) : day).atStartOfDay(HELSINKI).toInstant();
            }
            try {
                return OffsetDateTime.parse(written).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(written).atZone(HELSINKI).toInstant();
            }
        }
    }

    /**
     * An event with what it is judged by: its target groups; its areas (the places it is at or
     * serves, with the municipalities they lie in) and every place they lie in; and the people it
     * is for (its organisers, and the members of organisers that are networks).
     */
    private record Event(String iri, String label, Interval when, Set<Shared> groups, Set<Shared> areas, Set<String> within, Set<Shared> organisers,
            Set<Shared> people) {

        static Event of(Resource event, Interval when) {
            Model model = event.getModel();
            Set<Shared> groups = linked(event, "targetGroup", model.createProperty(SCHEMA, "audience"));
            Set<Shared> places = linked(event, "area", model.createProperty(SCHEMA, "location"), model.createProperty(SCHEMA, "areaServed"));
            Set<String> within = new LinkedHashSet<>();
            places.forEach(place -> collectContaining(model.createResource(place.iri()), within));
            Set<Shared> areas = new LinkedHashSet<>(places);
            within.stream().map(model::createResource).filter(place -> place.hasProperty(RDF.type, model.createResource(KU + "Municipality")))
                    .forEach(municipality -> areas.add(shared("area", municipality)));
            Set<Shared> organisers = linked(event, "organiser", model.createProperty(SCHEMA, "organizer"), model.createProperty(KU, "host"));
            Set<Shared> people = new LinkedHashSet<>(organisers);
            organisers.forEach(organiser -> model.createResource(organiser.iri()).listProperties(model.createProperty(ORG, "hasMember"))
                    .filterKeep(statement -> statement.getObject().isURIResource())
                    .forEachRemaining(member -> people.add(shared("member", member.getResource()))));
            return new Event(event.getURI(), label(event).orElse(event.getURI()), when, groups, areas, within, organisers, people);
        }

        Instant starts() {
            return when.from();
        }

        Instant ends() {
            return when.until();
        }

        boolean overlaps(Event other) {
            return when.from().isBefore(other.when.until()) && other.when.from().isBefore(when.until());
        }

        /** What the two share: target groups, areas (one lies in the other), and organisers or the members of organising networks. */
        List<Shared> sharedWith(Event other) {
            Set<Shared> shared = new LinkedHashSet<>();
            groups.stream().filter(other.groups::contains).forEach(shared::add);
            areas.stream().filter(area -> other.within.contains(area.iri())).forEach(shared::add);
            other.areas.stream().filter(area -> within.contains(area.iri())).forEach(shared::add);
            Set<String> theirPeople = new HashSet<>();
            other.people.forEach(person -> theirPeople.add(person.iri()));
            people.stream().filter(person -> theirPeople.contains(person.iri())).forEach(shared::add);
            Set<String> named = new HashSet<>();
            return shared.stream().filter(what -> named.add(what.iri())).toList();
        }

        Clash clash(List<Shared> shared) {
            return new Clash(iri, label, when.start(), when.end(), shared);
        }

        private static Set<Shared> linked(Resource event, String kind, Property... properties) {
            Set<Shared> linked = new LinkedHashSet<>();
            for (Property property : properties) {
                event.listProperties(property).filterKeep(statement -> statement.getObject().isURIResource())
                        .forEachRemaining(statement -> linked.add(shared(kind, statement.getResource())));
            }
            return linked;
        }

        private static Shared shared(String kind, Resource resource) {
            return new Shared(kind, resource.getURI(), label(resource).orElse(resource.getURI()));
        }

        private static void collectContaining(Resource place, Set<String> within) {
            if (within.add(place.getURI())) {
                place.listProperties(place.getModel().createProperty(SCHEMA, "containedInPlace"))
                        .filterKeep(statement -> statement.getObject().isURIResource())
                        .forEachRemaining(statement -> collectContaining(statement.getResource(), within));
            }
        }

        /** The Finnish label, or any. */
        private static Optional<String> label(Resource resource) {
            String any = null;
            for (Statement statement : resource.listProperties().toList()) {
                RDFNode value = statement.getObject();
                boolean naming = statement.getPredicate().equals(RDFS.label) || statement.getPredicate().getURI().endsWith("#prefLabel");
                if (naming && value.isLiteral()) {
                    if ("fi".equals(value.asLiteral().getLanguage())) {
                        return Optional.of(value.asLiteral().getLexicalForm());
                    }
                    any = any == null ? value.asLiteral().getLexicalForm() : any;
                }
            }
            return Optional.ofNullable(any);
        }
    }
}
