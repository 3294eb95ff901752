package fi.kurkiaura.graph;

import fi.kurkiaura.identity.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The directory of the network graph: search, one resource, who does what. */
@Path("/graph")
public class DirectoryResource {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Inject
    Directory directory;

    @Inject
    WhoDoesWhat whoDoesWhat;

    @Inject
    CoordinatorReports reports;

    @Inject
    EventClashes clashes;

    @Inject
    NetworkMap map;

    @GET
    @Path("/resources")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the graph: by kind, text, municipality or region, target group and topic (any combination)")
    public Directory.Page search(
            @Parameter(description = "organisation, unit, network, person, project, service, event, place or concept") @QueryParam("kind") String kind,
            @Parameter(description = "words in a label, alternative label or description") @QueryParam("q") String text,
            @Parameter(description = "a place slug (forssa) or IRI; a region includes its municipalities") @QueryParam("municipality") String municipality,
            @Parameter(description = "a target-group slug (nuoret) or IRI") @QueryParam("targetGroup") String targetGroup,
            @Parameter(description = "a topic or service-class slug (tyonhaku) or IRI") @QueryParam("topic") String topic,
            @QueryParam("lang") @DefaultValue("fi") String language,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Optional<ResourceKind> resourceKind = Optional.ofNullable(blankToNull(kind)).map(name -> ResourceKind.named(name)
                .orElseThrow(() -> new BadRequestException("Unknown kind '" + name + "'; use one of " + ResourceKind.names())));
        if (text != null && text.length() > 200) {
            throw new BadRequestException("A search text has at most 200 characters");
        }
        return directory.search(new Directory.Filters(resourceKind, Optional.ofNullable(blankToNull(text)),
                place(municipality), targetGroup(targetGroup), topic(topic)), language(language), offset, limit);
    }

    @GET
    @Path("/resource")
    @Produces({MediaType.APPLICATION_JSON, "text/turtle", "application/ld+json", "application/n-triples"})
    @Operation(summary = "One resource with its links: JSON, or RDF (Turtle, JSON-LD, N-Triples) by Accept; logged-in members also see a person's contact details")
    public Response resource(@QueryParam("iri") String iri, @QueryParam("lang") @DefaultValue("fi") String language,
            @jakarta.ws.rs.core.Context HttpHeaders headers, @jakarta.ws.rs.core.Context SecurityContext caller) {
        Model description = directory.describe(requiredIri(iri), caller.isUserInRole(Roles.MEMBER)).orElseThrow(() -> new NotFoundException("The graph has no resource " + iri));
        return LinkedData.represent(description, iri, language(language), headers.getAcceptableMediaTypes());
    }

    @GET
    @Path("/who-does-what")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Which services, projects and actors deal with a topic, a target group, a municipality (any combination), and why")
    public Response whoDoesWhat(@QueryParam("topic") String topic, @QueryParam("targetGroup") String targetGroup,
            @QueryParam("municipality") String municipality, @QueryParam("lang") @DefaultValue("fi") String language,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        WhoDoesWhat.Question question = new WhoDoesWhat.Question(topic(topic), targetGroup(targetGroup), place(municipality));
        if (question.isEmpty()) {
            throw new BadRequestException("Ask about at least one of topic, targetGroup, municipality");
        }
        WhoDoesWhat.Answers answers = whoDoesWhat.answer(question, language(language));
        if (headers.getAcceptableMediaTypes().stream().anyMatch(type -> type.isCompatible(MediaType.valueOf("text/csv")) && !type.isWildcardType())) {
            return Response.ok(csv(answers.matches()), "text/csv; charset=utf-8").build();
        }
        return Response.ok(new WhoDoesWhatAnswer(answers.matches().size(), answers.truncated(), answers.matches()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/reports/coverage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Services per target group per municipality, zero cells included (the gaps)")
    public List<CoordinatorReports.Coverage> coverage(@QueryParam("lang") @DefaultValue("fi") String language) {
        return reports.servicesPerTargetGroupAndMunicipality(language(language));
    }

    @GET
    @Path("/reports/projects-ending")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Projects and pilots ending within N months from a date (default today)")
    public List<CoordinatorReports.Dated> projectsEnding(@QueryParam("months") @DefaultValue("6") int months,
            @QueryParam("from") String from, @QueryParam("lang") @DefaultValue("fi") String language) {
        return reports.projectsEnding(date(from), months(months), language(language));
    }

    @GET
    @Path("/reports/quiet-actors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organisations and networks with no event organised or hosted in the N months before a date (default today)")
    public List<CoordinatorReports.Named> quietActors(@QueryParam("months") @DefaultValue("12") int months,
            @QueryParam("until") String until, @QueryParam("lang") @DefaultValue("fi") String language) {
        return reports.quietActors(date(until), months(months), language(language));
    }

    @GET
    @Path("/reports/uncovered-municipalities")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Municipalities with no service for a target group")
    public List<CoordinatorReports.Named> uncovered(@QueryParam("targetGroup") String targetGroup,
            @QueryParam("lang") @DefaultValue("fi") String language) {
        String group = targetGroup(targetGroup).orElseThrow(() -> new BadRequestException("Name the target group: ?targetGroup=nuoret"));
        return reports.municipalitiesWithoutServiceFor(group, language(language));
    }

    @GET
    @Path("/map")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The network map: organisations, units, networks, projects and services and their links, optionally only what serves "
            + "a municipality or is about a topic (and what those link to)")
    public NetworkMap.View map(@QueryParam("municipality") String municipality, @QueryParam("topic") String topic,
            @QueryParam("lang") @DefaultValue("fi") String language) {
        return map.of(place(municipality), topic(topic), language(language));
    }

    @GET
    @Path("/reports/clashes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every pair of events from a date (default today) that overlap in time and share a target group, an area or organisers")
    public List<EventClashes.Pair> clashes(@QueryParam("from") String from) {
        return clashes.clashesFrom(date(from));
    }

    @GET
    @Path("/clashes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The events that clash with one event: overlap in time and share a target group, an area or organisers")
    public List<EventClashes.Clash> clashesOf(@QueryParam("event") String event) {
        if (blankToNull(event) == null) {
            throw new BadRequestException("Name the event: ?event=https://kurkiaura.fi/id/event/…");
        }
        String iri = requiredIri(event);
        return clashes.clashesOf(iri).orElseThrow(() -> new NotFoundException("The graph has no event " + iri + " with a start"));
    }

    private static LocalDate date(String value) {
        if (blankToNull(value) == null) {
            return LocalDate.now(ZoneId.of("Europe/Helsinki"));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Not a date (YYYY-MM-DD): '" + value + "'");
        }
    }

    private static int months(int months) {
        if (months < 1 || months > 120) {
            throw new BadRequestException("months is between 1 and 120");
        }
        return months;
    }

    /** The JSON answer of who-does-what; {@code truncated} says there were more than the first 500. */
    public record WhoDoesWhatAnswer(int total, boolean truncated, List<WhoDoesWhat.Match> results) {
    }

    private Optional<String> place(String value) {
        return resolve(value, "municipality", List.of(Directory.ID + "place/"), ResourceKind.PLACE);
    }

    private Optional<String> targetGroup(String value) {
        return resolve(value, "target group", List.of(Directory.ID + "concept/target-group/"), ResourceKind.CONCEPT);
    }

    private Optional<String> topic(String value) {
        return resolve(value, "topic", List.of(Directory.ID + "concept/topic/", Directory.ID + "concept/service-class/"), ResourceKind.CONCEPT);
    }

    /** A slug or an IRI, turned into the IRI of a resource of that kind that the graph has. */
    private Optional<String> resolve(String value, String what, List<String> namespaces, ResourceKind kind) {
        String given = blankToNull(value);
        if (given == null) {
            return Optional.empty();
        }
        List<String> candidates = given.startsWith("http") ? List.of(ClientIris.valid(given))
                : given.matches("[a-z0-9-]{1,100}") ? namespaces.stream().map(namespace -> namespace + given).toList() : List.of();
        String[] classes = kind.classes().toArray(String[]::new);
        return Optional.of(candidates.stream()
                .filter(iri -> directory.isA(iri, classes))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown " + what + " '" + given + "'")));
    }

    /** The IRI a request names with {@code ?iri=}, which it must. */
    static String requiredIri(String iri) {
        if (blankToNull(iri) == null) {
            throw new BadRequestException("Name the resource: ?iri=https://kurkiaura.fi/id/…");
        }
        return ClientIris.valid(iri.strip());
    }

    private static String language(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new BadRequestException("Unsupported language '" + language + "'; use one of " + String.join(", ", LANGUAGES));
        }
        return language;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String csv(List<WhoDoesWhat.Match> matches) {
        return "iri,kind,label,why\r\n" + matches.stream()
                .map(match -> String.join(",", cell(match.iri()), cell(match.kind()), cell(match.label()), cell(String.join("; ", match.why()))))
                .collect(Collectors.joining("\r\n")) + "\r\n";
    }

    /** RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. */
    static String cell(String value) {
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
