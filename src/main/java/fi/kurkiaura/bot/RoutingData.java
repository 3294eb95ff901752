package fi.kurkiaura.bot;

import static java.util.Collections.unmodifiableSet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * What the bot reads from the graph: the resources it routes to, the places (regions and, among
 * them, municipalities) and target groups it recognises in questions, and the vocabulary it widens
 * questions with. Read afresh whenever the graph changes.
 */
record RoutingData(List<Routable> routables, Map<String, Concept> places, Set<String> municipalities, Map<String, Concept> targetGroups,
        List<Concept> vocabulary) {

    /** A place or a target group: its labels in every language, and for target groups the ages they cover. */
    record Concept(String iri, Map<Language, String> labels, List<Routable.Text> names, Optional<Integer> minAge, Optional<Integer> maxAge) {

        String label(Language language) {
            return labels.getOrDefault(language, labels.getOrDefault(Language.FI, iri));
        }
    }

    private static final Map<Resource, Kind> KINDS = kinds();

    private static Map<Resource, Kind> kinds() {
        Map<Resource, Kind> kinds = new LinkedHashMap<>();
        kinds.put(Vocabulary.PILOT, Kind.PILOT);
        kinds.put(Vocabulary.SERVICE, Kind.SERVICE);
        kinds.put(Vocabulary.PROJECT, Kind.PROJECT);
        kinds.put(Vocabulary.EVENT, Kind.EVENT);
        kinds.put(Vocabulary.EVENT_SERIES, Kind.EVENT);
        kinds.put(Vocabulary.NETWORK, Kind.NETWORK);
        kinds.put(Vocabulary.UNIT, Kind.UNIT);
        kinds.put(Vocabulary.ORGANISATION, Kind.ORGANISATION);
        kinds.put(Vocabulary.PERSON, Kind.PERSON);
        kinds.put(Vocabulary.VENUE, Kind.PLACE);
        kinds.put(Vocabulary.SPACE, Kind.PLACE);
        return kinds;
    }

    /**
     * Reads the network from {@code graph}; the SKOS concepts of the graph and of {@code lexicon}
     * (the bot's own words in three languages) become the vocabulary questions are expanded with.
     */
    static RoutingData read(Model graph, Model lexicon) {
        Map<String, Concept> places = new LinkedHashMap<>();
        for (Resource type : List.of(Vocabulary.REGION, Vocabulary.MUNICIPALITY)) {
            graph.listSubjectsWithProperty(RDF.type, type).forEachRemaining(place -> places.put(place.getURI(), concept(place)));
        }
        Map<String, Concept> targetGroups = new LinkedHashMap<>();
        graph.listSubjectsWithProperty(Vocabulary.AUDIENCE).forEachRemaining(subject -> subject.listProperties(Vocabulary.AUDIENCE)
                .forEachRemaining(audience -> {
                    if (audience.getObject().isURIResource()) {
                        Resource group = audience.getResource();
                        targetGroups.computeIfAbsent(group.getURI(), iri -> concept(group));
                    }
                }));
        List<Routable> routables = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        KINDS.forEach((type, kind) -> graph.listSubjectsWithProperty(RDF.type, type).forEachRemaining(resource -> {
            if (resource.isURIResource() && seen.add(resource.getURI()) && isPublic(resource, kind)) {
                routables.add(routable(resource, kind));
            }
        }));
        List<Concept> vocabulary = new ArrayList<>();
        for (Model concepts : List.of(graph, lexicon)) {
            concepts.listSubjectsWithProperty(RDF.type, Vocabulary.CONCEPT).forEachRemaining(concept -> vocabulary.add(concept(concept)));
        }
        Set<String> municipalities = new LinkedHashSet<>();
        graph.listSubjectsWithProperty(RDF.type, Vocabulary.MUNICIPALITY).forEachRemaining(municipality -> municipalities.add(municipality.getURI()));
        return new RoutingData(List.copyOf(routables), Collections.unmodifiableMap(places), unmodifiableSet(municipalities), Collections.unmodifiableMap(targetGroups),
                List.copyOf(vocabulary));
    }

    /** People appear only when listed (they agreed, or are named in a public role); the graph should hold no others, but the bot checks. */
    private static boolean isPublic(Resource resource, Kind kind) {
        return kind != Kind.PERSON || resource.hasLiteral(Vocabulary.LISTED, true);
    }

    private static Concept concept(Resource resource) {
        Optional<Integer> minAge = Optional.ofNullable(resource.getProperty(Vocabulary.MIN_AGE)).map(Statement::getInt);
        Optional<Integer> maxAge = Optional.ofNullable(resource.getProperty(Vocabulary.MAX_AGE)).map(Statement::getInt);
        return new Concept(resource.getURI(), labels(resource), names(resource), minAge, maxAge);
    }

    private static Routable routable(Resource resource, Kind kind) {
        List<Routable.Text> context = new ArrayList<>();
        for (Property link : List.of(Vocabulary.AUDIENCE, Vocabulary.ABOUT, Vocabulary.SERVICE_CLASS, Vocabulary.PROVIDER, Vocabulary.ORGANIZER,
                Vocabulary.LOCATION, Vocabulary.IS_PART_OF, Vocabulary.SUPER_EVENT, Vocabulary.UNIT_OF, Vocabulary.COORDINATOR,
                Vocabulary.AREA_SERVED, Vocabulary.CONTAINED_IN_PLACE)) {
            resource.listProperties(link).forEachRemaining(statement -> {
                if (statement.getObject().isResource()) {
                    context.addAll(names(statement.getResource()));
                }
            });
        }
        Map<String, List<List<Routable.Text>>> roles = new LinkedHashMap<>();
        if (kind == Kind.PERSON) {
            resource.getModel().listSubjectsWithProperty(Vocabulary.MEMBER, resource).forEachRemaining(membership -> {
                List<Routable.Text> titles = new ArrayList<>();
                membership.listProperties(Vocabulary.ROLE_LABEL).forEachRemaining(role -> titles.add(text(role.getLiteral())));
                context.addAll(titles);
                List<Resource> heldIn = new ArrayList<>();
                Optional.ofNullable(membership.getPropertyResourceValue(Vocabulary.ORGANIZATION)).ifPresent(organisation -> {
                    context.addAll(names(organisation));
                    heldIn.add(organisation);
                });
                membership.listProperties(Vocabulary.FOR_PROJECT).filterKeep(statement -> statement.getObject().isResource())
                        .forEachRemaining(statement -> heldIn.add(statement.getResource()));
                if (!titles.isEmpty()) {
                    heldIn.stream().filter(Resource::isURIResource)
                            .forEach(where -> roles.computeIfAbsent(where.getURI(), iri -> new ArrayList<>()).add(List.copyOf(titles)));
                }
            });
        }
        List<Routable.Text> descriptions = new ArrayList<>();
        resource.listProperties(Vocabulary.DESCRIPTION).forEachRemaining(statement -> literal(statement.getObject()).map(RoutingData::text).ifPresent(descriptions::add));
        resource.listProperties(Vocabulary.AGENDA_ITEM).filterKeep(statement -> statement.getObject().isResource()).forEachRemaining(statement ->
                Stream.of(Vocabulary.LABEL, Vocabulary.DECISION).forEach(property -> statement.getResource().listProperties(property)
                        .forEachRemaining(text -> literal(text.getObject()).map(RoutingData::text).ifPresent(descriptions::add))));
        Set<String> areas = new LinkedHashSet<>();
        linked(resource, List.of(Vocabulary.AREA_SERVED, Vocabulary.LOCATION, Vocabulary.CONTAINED_IN_PLACE))
                .forEach(place -> areas.addAll(around(resource.getModel().createResource(place))));
        Set<String> audiences = linked(resource, List.of(Vocabulary.AUDIENCE));
        Set<String> runBy = linked(resource, List.of(Vocabulary.PROVIDER, Vocabulary.COORDINATOR, Vocabulary.ORGANIZER));
        if (kind == Kind.PLACE) {
            runBy.addAll(providersOfServicesAt(resource));
        }
        Set<String> partOf = linked(resource, List.of(Vocabulary.IS_PART_OF, Vocabulary.SUPER_EVENT, Vocabulary.ABOUT));
        Map<Involvement, Set<String>> involved = new EnumMap<>(Involvement.class);
        involved.put(Involvement.RUNS, unmodifiableSet(runBy));
        involved.put(Involvement.FUNDS, unmodifiableSet(linked(resource, List.of(Vocabulary.FUNDER))));
        involved.put(Involvement.PARTNERS, unmodifiableSet(linked(resource, List.of(Vocabulary.PARTNER))));
        involved.put(Involvement.PRESENTS, unmodifiableSet(linked(resource, List.of(Vocabulary.PERFORMER))));
        involved.put(Involvement.HOSTS, unmodifiableSet(venuesOf(resource)));
        involved.put(Involvement.HOSTS_MEETING, unmodifiableSet(linked(resource, List.of(Vocabulary.HOST))));
        String homepage = Optional.ofNullable(resource.getPropertyResourceValue(Vocabulary.HOMEPAGE)).filter(Resource::isURIResource)
                .map(Resource::getURI).orElse(null);
        String provider = Optional.ofNullable(resource.getPropertyResourceValue(Vocabulary.PROVIDER))
                .or(() -> Optional.ofNullable(resource.getPropertyResourceValue(Vocabulary.ORGANIZER)))
                .or(() -> Optional.ofNullable(resource.getPropertyResourceValue(Vocabulary.COORDINATOR)))
                .map(Resource::getURI).orElse(null);
        return new Routable(resource.getURI(), kind, labels(resource), names(resource), List.copyOf(context), List.copyOf(descriptions),
                unmodifiableSet(areas), unmodifiableSet(audiences), provider, homepage, unmodifiableSet(partOf), Collections.unmodifiableMap(involved),
                Collections.unmodifiableMap(roles),
                date(resource, Vocabulary.START_DATE),
                date(resource, Vocabulary.END_DATE).or(() -> date(resource, Vocabulary.START_DATE)));
    }

    /** Where it is held: an event's location, the places a service's channels are at. */
    private static Set<String> venuesOf(Resource resource) {
        Set<String> venues = linked(resource, List.of(Vocabulary.LOCATION));
        resource.listProperties(Vocabulary.AVAILABLE_CHANNEL).forEachRemaining(channel -> {
            if (channel.getObject().isResource()) {
                venues.addAll(linked(channel.getResource(), List.of(Vocabulary.SERVICE_LOCATION)));
            }
        });
        return venues;
    }

    /** Who provides the services given at a place (through a channel with the place as its location): who runs a venue. */
    private static Set<String> providersOfServicesAt(Resource place) {
        Set<String> providers = new LinkedHashSet<>();
        place.getModel().listSubjectsWithProperty(Vocabulary.SERVICE_LOCATION, place).forEachRemaining(channel -> channel.getModel()
                .listSubjectsWithProperty(Vocabulary.AVAILABLE_CHANNEL, channel)
                .forEachRemaining(service -> providers.addAll(linked(service, List.of(Vocabulary.PROVIDER)))));
        return providers;
    }

    /** The resources the resource links to with these properties. */
    private static Set<String> linked(Resource resource, List<Property> properties) {
        Set<String> linked = new LinkedHashSet<>();
        properties.forEach(property -> resource.listProperties(property).forEachRemaining(statement -> {
            if (statement.getObject().isURIResource()) {
                linked.add(statement.getResource().getURI());
            }
        }));
        return linked;
    }

    /** A date of the resource (an event's start or end); empty when it has none, and for dates that do not parse. */
    private static Optional<LocalDate> date(Resource resource, Property which) {
        return Optional.ofNullable(resource.getProperty(which))
                .map(statement -> statement.getObject().isLiteral() ? statement.getLiteral().getLexicalForm() : "")
                .filter(date -> date.length() >= 10)
                .flatMap(date -> {
                    try {
                        return Optional.of(LocalDate.parse(date.substring(0, 10)));
                    } catch (DateTimeParseException e) {
                        return Optional.empty();
                    }
                });
    }

    /** A place, the places it is in (a municipality's region), and the places in it (a region's municipalities), followed through venues too. */
    private static Set<String> around(Resource place) {
        Set<String> around = new LinkedHashSet<>();
        around.add(place.getURI());
        Resource up = place;
        for (int depth = 0; depth < 4 && (up = up.getPropertyResourceValue(Vocabulary.CONTAINED_IN_PLACE)) != null; depth++) {
            around.add(up.getURI());
        }
        place.getModel().listSubjectsWithProperty(Vocabulary.CONTAINED_IN_PLACE, place).forEachRemaining(inside -> around.add(inside.getURI()));
        return around;
    }

    private static Map<Language, String> labels(Resource resource) {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        for (Property property : List.of(Vocabulary.NAME, Vocabulary.SCHEMA_NAME, Vocabulary.PREF_LABEL, Vocabulary.LABEL)) {
            resource.listProperties(property).forEachRemaining(statement -> literal(statement.getObject())
                    .ifPresent(literal -> labels.putIfAbsent(language(literal), literal.getLexicalForm())));
        }
        return labels;
    }

    private static List<Routable.Text> names(Resource resource) {
        List<Routable.Text> names = new ArrayList<>();
        for (Property property : List.of(Vocabulary.NAME, Vocabulary.SCHEMA_NAME, Vocabulary.PREF_LABEL, Vocabulary.LABEL, Vocabulary.ALT_LABEL)) {
            resource.listProperties(property).forEachRemaining(statement -> literal(statement.getObject()).map(RoutingData::text).ifPresent(names::add));
        }
        return names;
    }

    private static Optional<Literal> literal(RDFNode node) {
        return node.isLiteral() ? Optional.of(node.asLiteral()) : Optional.empty();
    }

    private static Routable.Text text(Literal literal) {
        return new Routable.Text(literal.getLexicalForm(), language(literal));
    }

    /** A literal's language; untagged text in this graph is Finnish. */
    private static Language language(Literal literal) {
        return Language.ofCode(literal.getLanguage()).orElse(Language.FI);
    }
}
