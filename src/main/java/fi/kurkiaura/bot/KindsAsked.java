package fi.kurkiaura.bot;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of resource a question asks for: by the words that name them ("tapahtumia", "which
 * project", "nätverk"; a role such as "projektipäällikkö" asks for a person), and by asking who.
 */
final class KindsAsked {

    private static final Map<Kind, List<String>> KIND_WORDS = Map.of(
            Kind.EVENT, List.of("tapahtuma", "seminaari", "tilaisuus", "messut", "tapaaminen", "evenemang", "seminarium", "event", "seminar", "meeting"),
            Kind.PROJECT, List.of("hanke", "projekti", "projekt", "project"),
            Kind.PILOT, List.of("pilotti", "kokeilu", "pilot", "försök"),
            Kind.SERVICE, List.of("palvelu", "tjänst", "service"),
            Kind.NETWORK, List.of("verkosto", "nätverk", "network"),
            Kind.ORGANISATION, List.of("yritys", "firma", "yhdistys", "järjestö", "företag", "förening", "company", "association"),
            Kind.UNIT, List.of("tiimi", "yksikkö", "team", "enhet", "unit"),
            Kind.PERSON, List.of("henkilö", "johtaja", "päällikkö", "koordinaattori", "puheenjohtaja", "chef", "direktör", "ordförande", "manager",
                    "director", "chair", "coordinator"));
    /**
     * Words that ask how an actor is involved in something beyond running it: who funded it
     * ("kuka rahoitti", "finansierade", "funder"), who took part as a partner ("kumppanit",
     * "samarbetspartner"), who presented or spoke at an event ("kuka alusti", "talare",
     * "who presented") and whose turn it is to host a meeting ("isännöi", "värd", "hosts"). Only whole words: "yhteistyökumppani" is one, but its part "työ" is not.
     */
    private static final Map<Involvement, List<String>> INVOLVEMENT_WORDS = Map.of(
            Involvement.FUNDS, List.of("rahoittaa", "rahoittaja", "rahoitus", "finansiera", "finansiär", "finansiering", "fund", "funder", "funding",
                    "finance", "financier"),
            Involvement.PARTNERS, List.of("kumppani", "yhteistyökumppani", "osatoteuttaja", "partner", "samarbetspartner", "partners"),
            Involvement.PRESENTS, List.of("alustaa", "alustaja", "alustus", "puhuja", "esiintyä", "esiintyjä", "presentera", "talare", "föreläsare",
                    "föreläsa", "present", "presenter", "speaker", "spoke"),
            Involvement.HOSTS_MEETING, List.of("isännöidä", "isäntä", "isännöinti", "isännöintivuoro", "emännöidä", "emäntä", "värd", "värdskap",
                    "host", "hosting"));
    /**
     * A question asking who: a person, an organisation, a unit or a network answers it, rather than
     * the project it is about; with a role named ("kuka oli INKAn projektipäällikkö"), a person.
     * English "who" asks only at the start of a sentence or clause: after a noun it is relative
     * ("coaching for under-30s who want…").
     */
    private static final Pattern WHO = Pattern.compile("(?iu)(?<![\\p{L}])(kuka|ketkä|kenen|keneltä|vem|vilka|vems)(?![\\p{L}])"
            + "|(?iu)(?:^|[,.;:?!]\\s*)(who|whom|whose)(?![\\p{L}])");
    /**
     * A question asking where: Finnish "missä", "mihin", "mistä" anywhere (but "mihin aikaan" asks
     * when), Swedish "var" and English "where" at the start of a sentence or clause (Swedish "var"
     * is also "was": "Vem var projektchef").
     */
    private static final Pattern WHERE = whereQuestion("missä|mihin|mistä");
    /** A question for a place to go to ("missä", "mihin", "var", "where"); "mistä" more often asks where to get something. */
    private static final Pattern WHERE_TO_GO = whereQuestion("missä|mihin");
    private static final Set<Kind> ACTORS = EnumSet.of(Kind.PERSON, Kind.ORGANISATION, Kind.UNIT, Kind.NETWORK);

    /** A where-question by one of these Finnish words anywhere, or by Swedish "var" or English "where" opening a clause. */
    private static Pattern whereQuestion(String finnishWords) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(" + finnishWords + ")(?![\\p{L}])(?!\\s+aikaan)"
                + "|(?iu)(?:^|[,.;:?!]\\s*)(var|where)(?![\\p{L}])");
    }

    private final Map<String, Kind> kindByTerm = new HashMap<>();
    private final Map<String, Involvement> involvementByTerm = new HashMap<>();

    KindsAsked(TextAnalysis analysis) {
        KIND_WORDS.forEach((kind, words) -> words.forEach(word -> {
            for (Language language : Language.values()) {
                analysis.indexTerms(word, language).forEach(term -> kindByTerm.putIfAbsent(term, kind));
            }
        }));
        INVOLVEMENT_WORDS.forEach((how, words) -> words.forEach(word -> Arrays.stream(Language.values())
                .map(language -> analysis.indexTerms(word, language).getFirst()).forEach(whole -> involvementByTerm.putIfAbsent(whole, how))));
    }

    /** The kinds the question's words name. */
    Set<Kind> named(List<TextAnalysis.Word> words) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        words.forEach(word -> word.forms().stream().map(kindByTerm::get).filter(Objects::nonNull).forEach(kinds::add));
        return kinds;
    }

    /** Whether a term is, or ends in, one of the words that name this kind ("viestintäpäällikkö" in "päällikkö"). */
    boolean endsInAWordFor(String term, Kind kind) {
        return kindByTerm.entrySet().stream().anyMatch(named -> named.getValue() == kind && term.endsWith(named.getKey()));
    }

    /** Whether a word names this kind: then a resource of the kind covers it. */
    boolean asksFor(TextAnalysis.Word word, Kind kind) {
        return word.forms().stream().anyMatch(form -> kindByTerm.get(form) == kind);
    }

    /**
     * Whether a word asks how someone is involved in what a question names ("rahoitti",
     * "kumppanit"): it is said of what is named, which covers it as it covers its own words.
     */
    boolean asksForInvolvement(TextAnalysis.Word word) {
        return word.whole().stream().anyMatch(involvementByTerm::containsKey);
    }

    /**
     * How the actors the question asks for are involved in what it names: who funds it or takes part
     * in it when its words say so (partners together with who runs it: both take part in it), else
     * who runs it when it asks who; where it is held when it asks where; none for a question that
     * asks for no actor and no place.
     */
    Set<Involvement> involvements(String question, List<TextAnalysis.Word> words) {
        Set<Involvement> asked = EnumSet.noneOf(Involvement.class);
        words.forEach(word -> word.whole().stream().map(involvementByTerm::get).filter(Objects::nonNull).forEach(asked::add));
        if (asked.contains(Involvement.PARTNERS) || asked.isEmpty() && WHO.matcher(question).find()) {
            asked.add(Involvement.RUNS);
        }
        if (WHERE.matcher(question).find()) {
            asked.add(Involvement.HOSTS);
        }
        return asked;
    }

    /** Whether the question asks for a place to go to: then a venue is the kind of thing it asks for. */
    boolean asksWhereToGo(String question) {
        return WHERE_TO_GO.matcher(question).find();
    }

    /** The kinds that answer a who-question, given the kinds its words name; none when it does not ask who. */
    Set<Kind> actors(String question, Set<Kind> named) {
        return WHO.matcher(question).find() ? answering(named) : Set.of();
    }

    /** The kinds that answer a question for how something is involved: a venue for where it is held, else an actor. */
    Set<Kind> answering(Involvement how, Set<Kind> named) {
        return how == Involvement.HOSTS ? Set.of(Kind.PLACE) : answering(named);
    }

    /** The kinds of actor that answer a question for an actor: a person when its words name one, else any actor. */
    Set<Kind> answering(Set<Kind> named) {
        return named.contains(Kind.PERSON) ? Set.of(Kind.PERSON) : ACTORS;
    }
}
