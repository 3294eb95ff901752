package fi.kurkiaura.bot;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resource of the graph the bot can route someone to, with the text it is found by: its names,
 * what it is about (audience, topics, provider, place, roles), and its descriptions, each in the
 * language it is written in. {@code areas} holds the places it serves together with the places
 * inside them and around them, so that a service for a region serves each of its municipalities.
 * {@code partOf} are the resources it is part of or about (a pilot's project, an event's series or
 * the project it presents); {@code involved} the actors who run it (provider, coordinator,
 * organiser), fund it and take part in it as partners; {@code homepage} may be null. A person's
 * {@code roles} are the titles they hold, by the organisation, unit, network or project they hold
 * them in: each role the same title in the languages it is written in.
 */
record Routable(String iri, Kind kind, Map<Language, String> labels, List<Text> names, List<Text> context, List<Text> descriptions,
        Set<String> areas, Set<String> audiences, String provider, String homepage, Set<String> partOf, Map<Involvement, Set<String>> involved,
        Map<String, List<List<Text>>> roles, Optional<LocalDate> starts, Optional<LocalDate> ends) {

    /** Some text in a language. */
    record Text(String text, Language language) {
    }

    /** What it is related to: what it is part of or about, and who runs it (how an event is related to a project). */
    Set<String> links() {
        Set<String> links = new LinkedHashSet<>(partOf);
        links.addAll(involved(Involvement.RUNS));
        return links;
    }

    /** The actors involved in it so. */
    Set<String> involved(Involvement how) {
        return involved.getOrDefault(how, Set.of());
    }

    /** Whether this is an event that ended before {@code today}. */
    boolean isPast(LocalDate today) {
        return kind == Kind.EVENT && ends.filter(end -> end.isBefore(today)).isPresent();
    }

    /** Whether this is a dated event that has not ended before {@code today}. */
    boolean isComing(LocalDate today) {
        return kind == Kind.EVENT && ends.isPresent() && !isPast(today);
    }

    /** The label in the asker's language, else in Finnish, else any. */
    String label(Language language) {
        return labels.getOrDefault(language, labels.getOrDefault(Language.FI, labels.values().stream().findFirst().orElse(iri)));
    }
}
