package fi.kurkiaura.bot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Routes a question to resources of the graph: understands it ({@link TextAnalysis},
 * {@link EntityLinking}), finds candidates by their text ({@link RoutingIndex}), and ranks them by
 * how much of the question they cover, how well their text matches, and whether they serve the
 * place and the people the question names. Below a confidence threshold, or with nothing found, it
 * says it does not know rather than guess.
 */
final class Router {

    /**
     * Below this confidence the bot does not trust its best answer: chosen on the tuning questions
     * (sweep in target/bot/voikko.md), the same for the three languages since a word counts only
     * by the terms of its own language and Finnish (docs/bot.md, evaluation).
     */
    static final double CONFIDENT = 0.45;
    static final int ANSWERS = 3;
    /**
     * An answer that accounts for this much of a question is not chance, even when the question has
     * a word the network does not know: that word is a small part of it ("lautapeli- ja
     * pizzailtoja työelämän ulkopuolella oleville Kotkassa").
     */
    private static final double ALMOST_ALL = 0.8;
    /**
     * A word the network does not know makes a question one it cannot answer when such words weigh
     * this much of the question: in a long question that the network otherwise covers, one
     * unknown word is a detail ("…jollain ilmaisella nettitestillä").
     */
    private static final double SUBSTANTIAL = 0.3;

    /** How far above the candidate it is credited from a credited resource ranks (who runs it, who holds the title). */
    private static final double ABOVE = 0.1;
    /** Projects and pilots: what people hold roles for besides organisations ({@code ku:forProject}), and what alone has funders and partners. */
    private static final Set<Kind> PROJECTS = Set.of(Kind.PROJECT, Kind.PILOT);
    /** A place's name in a question says where more than what: it finds names with the place in them, lightly. */
    private static final float PLACE_NAME_WEIGHT = 0.3f;
    /** Another name of a concept the question names: found, but less surely what the asker meant than their own word. */
    private static final float TRANSLATION_WEIGHT = 0.5f;
    /** The legal form after a company's or an association's name, which people leave out when they name it ("Jämsek" for Jämsek Oy). */
    private static final Set<String> LEGAL_FORMS = Set.of("oy", "oyj", "ry", "ab", "abp", "rf", "ltd");
    /** Candidates by rank, ties by IRI, so that the same question gets the same answers after every start. */
    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::rank).reversed()
            .thenComparing(candidate -> candidate.routable().iri());
    /** The salience of words that name things (nouns, names), as Voikko tells it. */
    private static final double NAMING = 1.0;
    /** Shorter words are letters and abbreviations ("i" is a letter to the dictionary, and Swedish for "in"). */
    private static final int SHORTEST_TOPIC = 3;
    /** How far down the candidates a question's title is looked for in an organisation the question names. */
    private static final int NAMED_CANDIDATES_LOOKED_AT = 20;
    /** Ranks this close leave the choice to a fact the question did not give. */
    private static final double CLOSE_RANKS = 0.05;
    /** A word the index has never seen counts this much of the rarest known word: it may be filler, or what the question is really about. */
    private static final double UNKNOWN_WORD_SHARE = 0.6;
    /** A place's name tells where, not what: it counts this much towards how much of a question an answer covers. */
    private static final double PLACE_SHARE = 0.5;
    /** How much of a word a match on one of its parts (a compound's part, a guessed spelling) covers at most. */
    private static final double PART_SHARE = 0.5;
    /**
     * A candidate: {@code confidence} is how much of the question it accounts for (0 to 1, what the
     * threshold applies to); {@code rank} orders the candidates, adding how well its text matches
     * and whether it serves the place, the people and is the kind of thing asked about;
     * {@code places} and {@code groups} are the ones named in the question that it serves;
     * {@code involved} is what it was credited from as involved in it, {@code role} the title it was
     * credited for (either may be null).
     */
    record Ranked(Routable routable, double confidence, double rank, Set<String> places, Set<String> groups, Involved involved, String role) {

        Ranked(Routable routable, double confidence, double rank, Set<String> places, Set<String> groups) {
            this(routable, confidence, rank, places, groups, null, null);
        }
    }

    /** How an actor or a venue is involved in a resource the question names. */
    record Involved(Involvement how, Routable in) {
    }

    /** A person's title in an organisation, with the terms it is found by and the whole words among them. */
    private record Title(Routable person, String organisation, String title, Set<String> terms, Set<String> words, List<Routable.Text> inEachLanguage) {

        /** Whether the title was found in this language. */
        boolean isIn(Language language) {
            return inEachLanguage.stream().anyMatch(text -> text.language() == language && text.text().equals(title));
        }

        /** The title in the asker's language when the graph has it so, else as it was found. */
        String in(Language language) {
            return inEachLanguage.stream().filter(text -> text.language() == language).map(Routable.Text::text).findFirst().orElse(title);
        }
    }

    /** The terms of a resource's names, each name's apart ({@code eachName}) and all together. */
    private record NameTerms(List<List<String>> eachName, Set<String> all) {
    }

    private final Features features;
    private final Weights weights;
    private final RoutingData data;
    private final TextAnalysis analysis;
    private final RoutingIndex index;
    private final EntityLinking linking;
    private final QueryExpansion expansion;
    private final Optional<DictionaryBridge> bridge;
    private final KindsAsked kindsAsked;
    private final Map<String, Routable> byIri = new HashMap<>();
    /** Dated events by the resources they are linked to (the project they are about, their organiser, their series). */
    private final Map<String, List<Routable>> eventsByLink = new HashMap<>();
    /** The titles people hold, by the organisation, unit, network or project they hold them in. */
    private final Map<String, List<Title>> titlesByOrganisation = new HashMap<>();
    /** The terms of each resource's names, read the first time a question may name it. */
    private final Map<String, NameTerms> nameTerms = new ConcurrentHashMap<>();
    /** The title words only one person holds, with a title of theirs that has it ({@link #titlesOnlyOneHolds}). */
    private final Map<String, Title> onlyTitles;
    /** Every word of every title, as a question would name it. */
    private final Set<String> titleWords = new HashSet<>();
    /**
     * The words for the doer of a verb, by the verb: agent nouns of titles ("arvioida": arvioija),
     * and the names of a concept that has an agent noun among its names ("vetää": hankevetäjä, so
     * projektipäällikkö). In a who-question the verb asks for them ("kuka veti INKAa").
     */
    private final Map<String, Set<String>> doersByVerb = new HashMap<>();
    private final Clock clock;
    /** The words the graph and the lexicon write in one language only, which tell a question's language. */
    private final Map<Language, Set<String>> ownWords;

    /**
     * Which parts of understanding are on: the ablation in docs/bot.md turns them off one by one to
     * measure what each adds. The hub runs with {@link #ALL}.
     */
    record Features(boolean entityLinking, boolean expansion) {
        static final Features ALL = new Features(true, true);
    }

    /**
     * How the ranking weighs what it knows of a candidate: its text score (relative to the best
     * one's) and its confidence; serving a place and a group the question names (the group in
     * proportion to the candidate's audiences: a service only for young people fits a 22-year-old
     * better than one for young people among three groups); being the kind of
     * thing the question names, and an actor when it asks who; and, against it, serving only other
     * places than the one named, and being an event that is over when the question does not ask
     * about events. Only their ratios matter. The hub ranks with {@link #CHOSEN}; docs/bot.md tells
     * how they were chosen.
     */
    record Weights(double text, double confidence, double place, double group, double kind, double actor, double elsewhere, double past) {
        static final Weights CHOSEN = new Weights(0.5, 0.35, 0.15, 0.10, 0.10, 0.10, 0.15, 0.1);
    }

    Router(RoutingData data, TextAnalysis analysis) {
        this(data, analysis, Features.ALL, Clock.systemDefaultZone());
    }

    Router(RoutingData data, TextAnalysis analysis, Features features, Clock clock) {
        this(data, analysis, features, Weights.CHOSEN, clock);
    }

    Router(RoutingData data, TextAnalysis analysis, Features features, Weights weights, Clock clock) {
        this.features = features;
        this.weights = weights;
        this.clock = clock;
        this.data = data;
        this.analysis = analysis;
        this.index = new RoutingIndex(data.routables(), analysis);
        this.linking = new EntityLinking(data, analysis);
        this.expansion = new QueryExpansion(data.vocabulary(), analysis);
        this.bridge = analysis.dictionaries().map(dictionaries -> new DictionaryBridge(dictionaries, analysis, index::knows));
        this.kindsAsked = new KindsAsked(analysis);
        this.ownWords = LanguageGuess.ownWords(Stream.concat(
                data.routables().stream().flatMap(routable -> Stream.concat(routable.names().stream(), routable.descriptions().stream())),
                data.vocabulary().stream().flatMap(concept -> concept.names().stream())));
        data.routables().forEach(routable -> {
            byIri.put(routable.iri(), routable);
            if (routable.kind() == Kind.EVENT && routable.starts().isPresent()) {
                routable.links().forEach(link -> eventsByLink.computeIfAbsent(link, key -> new ArrayList<>()).add(routable));
            }
            routable.roles().forEach((heldIn, roles) -> roles.forEach(role -> role.forEach(title -> addTitle(routable, heldIn, title, role))));
        });
        data.vocabulary().forEach(this::addDoersNamedBy);
        onlyTitles = titlesOnlyOneHolds();
    }

    /** Files a person's title under where it is held, its words among the title words, and its agent nouns under their verbs. */
    private void addTitle(Routable person, String heldIn, Routable.Text title, List<Routable.Text> inEachLanguage) {
        List<TextAnalysis.Word> words = analysis.nameWords(title.text(), title.language());
        Set<String> wholeWords = words.stream().flatMap(word -> word.whole().stream()).collect(Collectors.toUnmodifiableSet());
        titlesByOrganisation.computeIfAbsent(heldIn, key -> new ArrayList<>()).add(new Title(person, heldIn, title.text(),
                Set.copyOf(analysis.indexTerms(title.text(), title.language())), wholeWords, inEachLanguage));
        titleWords.addAll(wholeWords);
        words.forEach(word -> analysis.doerOf(word.text()).forEach(verb -> addDoers(verb, List.of(word))));
    }

    /** A concept with an agent noun among its Finnish names names that verb's doer by all of them ("hankevetäjä", so "projektipäällikkö"). */
    private void addDoersNamedBy(RoutingData.Concept concept) {
        List<TextAnalysis.Word> finnishWords = concept.names().stream().filter(name -> name.language() == Language.FI)
                .flatMap(name -> analysis.nameWords(name.text(), Language.FI).stream()).toList();
        finnishWords.stream().flatMap(word -> analysis.doerOf(word.text()).stream()).forEach(verb -> addDoers(verb, finnishWords));
    }

    private void addDoers(String verb, List<TextAnalysis.Word> doers) {
        doers.forEach(doer -> doersByVerb.computeIfAbsent(verb, key -> new HashSet<>()).addAll(doer.whole()));
    }

    /**
     * Whether a word of a title names the role rather than where it is held ("INKA", "projektin"):
     * it ends in a word for people ("viestintäpäällikkö", "toimitusjohtaja") or is a Finnish agent
     * noun ("arvioija", "suunnittelija").
     */
    private boolean namesARole(String word) {
        return word.endsWith("ja") || kindsAsked.endsInAWordFor(word, Kind.PERSON);
    }

    /**
     * The words naming a role that only one person's titles have, whole or as a part
     * ("viestintäpäällikkö", "projektipäällikkö"), with a title of theirs that has it whole; not
     * words that are parts of other people's titles ("johtaja").
     */
    private Map<String, Title> titlesOnlyOneHolds() {
        Map<String, Set<String>> holders = new HashMap<>();
        Map<String, Title> whole = new HashMap<>();
        titlesByOrganisation.values().forEach(titles -> titles.forEach(title -> {
            title.terms().forEach(term -> holders.computeIfAbsent(term, key -> new HashSet<>()).add(title.person().iri()));
            title.words().forEach(word -> {
                holders.computeIfAbsent(word, key -> new HashSet<>()).add(title.person().iri());
                whole.putIfAbsent(word, title);
            });
        }));
        whole.keySet().removeIf(word -> holders.get(word).size() > 1 || !namesARole(word));
        return whole;
    }

    int size() {
        return index.size();
    }

    Routing route(String question, Optional<Language> asked) {
        return route(question, asked, Kind.ALL);
    }

    /** Routes a question to resources of the given kinds only (the chat's "/kuka" asks for actors and what they run). */
    Routing route(String question, Optional<Language> asked, Set<Kind> kinds) {
        Language language = language(question, asked);
        Optional<String> smallTalk = SmallTalk.reply(question, language);
        if (smallTalk.isPresent()) {
            return new Routing(language.code(), smallTalk.get(), false, null, List.of());
        }
        List<TextAnalysis.Word> read = analysis.questionWords(question, language);
        EntityLinking.Links links = link(question, language, read);
        List<TextAnalysis.Word> expanded = expanded(read, language);
        List<TextAnalysis.Word> words = bridged(expanded, language);
        Optional<YearMonth> month = MonthAsked.in(question, LocalDate.now(clock));
        if (month.isPresent() && kindsAsked.involvements(question, words).contains(Involvement.HOSTS_MEETING)) {
            List<Routing.Answer> hosts = hostsIn(month.get(), words, language);
            if (!hosts.isEmpty()) {
                return new Routing(language.code(), Replies.reply(language, hosts), false, null, hosts);
            }
        }
        List<Ranked> ranked = rank(question, language, read, words, links).stream().filter(candidate -> kinds.contains(candidate.routable().kind())).toList();
        double bestConfidence = ranked.stream().limit(ANSWERS).mapToDouble(Ranked::confidence).max().orElse(0);
        boolean confident = bestConfidence >= CONFIDENT
                && (bestConfidence >= ALMOST_ALL || !isAboutWhatTheNetworkLacks(expanded, links, language));
        List<Routing.Answer> answers = confident
                ? ranked.stream().limit(ANSWERS).map(candidate -> answer(candidate, language)).toList()
                : List.of();
        return new Routing(language.code(), Replies.reply(language, answers), !confident,
                confident ? clarification(ranked, links, language).orElse(null) : null, answers);
    }

    /**
     * Who hosts the network meetings of a month ("kuka isännöi maaliskuussa?", "who hosts in
     * March?"): the hosts ({@code ku:host}) of the meetings that start in it, in the order of the
     * meetings; only those of a network the question names, when it names one that meets then.
     */
    private List<Routing.Answer> hostsIn(YearMonth month, List<TextAnalysis.Word> words, Language language) {
        List<Routable> meetings = data.routables().stream().filter(routable -> routable.kind() == Kind.EVENT
                && routable.starts().map(YearMonth::from).filter(month::equals).isPresent() && !routable.involved(Involvement.HOSTS_MEETING).isEmpty())
                .sorted(Comparator.comparing(routable -> routable.starts().orElseThrow())).toList();
        Set<String> forms = new HashSet<>();
        words.forEach(word -> forms.addAll(word.forms()));
        Set<String> namedNetworks = data.routables().stream().filter(routable -> routable.kind() == Kind.NETWORK && isNamedIn(routable, forms))
                .map(Routable::iri).collect(Collectors.toSet());
        List<Routable> ofNamed = meetings.stream().filter(meeting -> meeting.links().stream().anyMatch(namedNetworks::contains)).toList();
        return (ofNamed.isEmpty() ? meetings : ofNamed).stream().flatMap(meeting -> meeting.involved(Involvement.HOSTS_MEETING).stream()
                        .map(byIri::get).filter(Objects::nonNull)
                        .map(host -> answer(new Ranked(host, 1, 1, Set.of(), Set.of(), new Involved(Involvement.HOSTS_MEETING, meeting), null), language)))
                .limit(ANSWERS).toList();
    }

    /**
     * Whether a Finnish question is about something the network does not hold: it has words of
     * the dictionary that name what it is about (a noun or a name, such as "apteekki", "resepti",
     * "Päijänne"), which no resource, no place and nothing in the bot's vocabulary knows, which name
     * no kind of resource, and which weigh a substantial part of the question. Then a match on its
     * other words ("Forssassa", "lähin") is chance. Only with Voikko, which tells dictionary words
     * and their kind from the rest (a misspelt or unknown name is not one).
     */
    private boolean isAboutWhatTheNetworkLacks(List<TextAnalysis.Word> words, EntityLinking.Links links, Language language) {
        if (language != Language.FI || !analysis.hasMorphology()) {
            return false;
        }
        double lacked = words.stream().filter(word -> word.salience() >= NAMING && word.text().length() >= SHORTEST_TOPIC && !links.placeWords().contains(word.text())
                && word.translations().isEmpty() && kindsAsked.named(List.of(word)).isEmpty() && analysis.isFinnishWord(word.text())
                && isUnknownToTheNetwork(word)).mapToDouble(this::wordWeight).sum();
        return lacked > 0 && lacked >= SUBSTANTIAL * weightOf(words, links);
    }

    /**
     * Whether no resource knows the word: none of its forms, or, for a compound the network does
     * not know whole, one of its parts ("hammaslääkäri": the network knows "lääkäri" from other
     * compounds, never "hammas", so the word names a thing it does not hold).
     */
    private boolean isUnknownToTheNetwork(TextAnalysis.Word word) {
        if (word.forms().stream().noneMatch(index::knows)) {
            return true;
        }
        Set<String> parts = new HashSet<>(word.forms());
        parts.removeAll(word.whole());
        return word.whole().stream().noneMatch(index::knows) && parts.size() > 1 && parts.stream().anyMatch(part -> !index.knows(part));
    }

    /** The language asked for, else the one the text is in. */
    Language language(String text, Optional<Language> asked) {
        return asked.orElseGet(() -> LanguageGuess.of(text, analysis::tellsFinnish, ownWords));
    }

    /**
     * Events that have not ended, soonest first, at most {@code max}: all of them, or (with a topic)
     * those the topic finds with confidence.
     */
    List<Routing.Answer> comingEvents(String topic, Language language, int max) {
        LocalDate today = LocalDate.now(clock);
        List<Ranked> candidates = topic.isBlank()
                ? data.routables().stream().filter(routable -> routable.isComing(today)).map(routable -> new Ranked(routable, 1, 1, Set.of(), Set.of())).toList()
                : rank(topic, language).stream().filter(candidate -> candidate.routable().isComing(today))
                        .filter(candidate -> candidate.confidence() >= CONFIDENT).toList();
        return candidates.stream().sorted(Comparator.comparing(candidate -> candidate.routable().starts().orElse(today))).limit(max)
                .map(candidate -> answer(candidate, language)).toList();
    }

    /**
     * Asks back the one fact that decides between the best answers when the question did not give
     * it: the two best are close in rank, and they serve different municipalities (asked first), or
     * different age groups (target groups with ages, such as young people). The options are the
     * municipalities or the groups' names, which the asker can add to the question.
     */
    private Optional<Routing.Clarification> clarification(List<Ranked> ranked, EntityLinking.Links links, Language language) {
        if (ranked.size() < 2 || ranked.get(0).rank() - ranked.get(1).rank() > CLOSE_RANKS) {
            return Optional.empty();
        }
        List<Routable> best = ranked.stream().limit(ANSWERS).map(Ranked::routable).toList();
        if (links.places().isEmpty() && differ(best, this::municipalities, true)) {
            return Optional.of(new Routing.Clarification(Replies.whichMunicipality(language), labels(best, this::municipalities, data.places(), language)));
        }
        if (links.targetGroups().isEmpty() && differ(best, this::ageGroups, false)) {
            return Optional.of(new Routing.Clarification(Replies.whichAgeGroup(language), labels(best, this::ageGroups, data.targetGroups(), language)));
        }
        return Optional.empty();
    }

    /**
     * Whether the two best answers differ in these facts. With {@code bothHave}, only when each has
     * some (a service without a place is not tied to one); else also when one has none (a service
     * for young people against one for anyone).
     */
    private static boolean differ(List<Routable> best, Function<Routable, Set<String>> facts, boolean bothHave) {
        Set<String> first = facts.apply(best.get(0));
        Set<String> second = facts.apply(best.get(1));
        boolean comparable = bothHave ? !first.isEmpty() && !second.isEmpty() : !first.isEmpty() || !second.isEmpty();
        return comparable && !first.equals(second);
    }

    private static List<String> labels(List<Routable> best, Function<Routable, Set<String>> facts, Map<String, RoutingData.Concept> concepts,
            Language language) {
        Set<String> labels = new TreeSet<>();
        best.forEach(routable -> facts.apply(routable).forEach(iri -> labels.add(concepts.get(iri).label(language))));
        return List.copyOf(labels);
    }

    private Set<String> municipalities(Routable routable) {
        Set<String> municipalities = new LinkedHashSet<>(routable.areas());
        municipalities.retainAll(data.municipalities());
        return municipalities;
    }

    private Set<String> ageGroups(Routable routable) {
        Set<String> groups = new LinkedHashSet<>();
        routable.audiences().stream().filter(iri -> Optional.ofNullable(data.targetGroups().get(iri))
                .filter(group -> group.minAge().isPresent() || group.maxAge().isPresent()).isPresent()).forEach(groups::add);
        return groups;
    }

    /** The candidates, best first. */
    List<Ranked> rank(String question, Language language) {
        List<TextAnalysis.Word> asked = analysis.questionWords(question, language);
        return rank(question, language, asked, bridged(expanded(asked, language), language), link(question, language, asked));
    }

    private EntityLinking.Links link(String question, Language language, List<TextAnalysis.Word> asked) {
        return features.entityLinking()
                ? linking.link(question, language, asked.stream().flatMap(word -> word.forms().stream()).toList())
                : EntityLinking.Links.NONE;
    }

    /** The question's words with what the vocabulary adds to them, when expansion is on. */
    private List<TextAnalysis.Word> expanded(List<TextAnalysis.Word> asked, Language language) {
        return features.expansion() ? expansion.expand(asked, language) : asked;
    }

    /**
     * The expanded words with what the dictionaries bridge the unknown ones to, when expansion is on
     * and the system has them. The bridge is a guess, so it does not count against refusing a
     * question for words the network lacks ({@link #isAboutWhatTheNetworkLacks}).
     */
    private List<TextAnalysis.Word> bridged(List<TextAnalysis.Word> expanded, Language language) {
        return features.expansion() ? bridge.map(dictionaries -> dictionaries.bridge(expanded, language)).orElse(expanded) : expanded;
    }

    /** The candidates for the question's words ({@code asked}), searched with what the vocabulary adds ({@code words}). */
    private List<Ranked> rank(String question, Language language, List<TextAnalysis.Word> asked, List<TextAnalysis.Word> words,
            EntityLinking.Links links) {
        List<TextAnalysis.Word> placeWords = words.stream().filter(word -> links.placeWords().contains(word.text())).toList();
        List<TextAnalysis.Word> searched = words.stream().filter(word -> !placeWords.contains(word)).toList();
        Set<Kind> kinds = kindsAsked.named(words);
        if (kindsAsked.asksWhereToGo(question)) {
            kinds.add(Kind.PLACE);
        }
        Set<Kind> actors = kindsAsked.actors(question, kinds);
        Map<String, Float> terms = new LinkedHashMap<>();
        placeWords.forEach(word -> word.forms().forEach(form -> terms.put(form, PLACE_NAME_WEIGHT)));
        words.forEach(word -> Stream.concat(word.translations().stream(), word.translationParts().stream())
                .forEach(translation -> terms.merge(translation, TRANSLATION_WEIGHT, Math::max)));
        searched.forEach(word -> word.forms().forEach(form -> terms.put(form, 1f)));
        List<RoutingIndex.Hit> hits = index.search(terms, language.withFinnish(), links.places(), links.targetGroups());
        if (hits.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        double bestText = hits.getFirst().textScore();
        double questionWeight = weightOf(words, links);
        Set<String> forms = new HashSet<>();
        asked.forEach(word -> forms.addAll(word.forms()));
        Set<TextAnalysis.Word> involvementWords = words.stream().filter(kindsAsked::asksForInvolvement).collect(Collectors.toSet());
        List<Ranked> ranked = new ArrayList<>();
        for (RoutingIndex.Hit hit : hits) {
            Kind kind = hit.routable().kind();
            Set<String> places = new LinkedHashSet<>(links.places());
            places.retainAll(hit.routable().areas());
            boolean servesPlace = !places.isEmpty();
            boolean elsewhere = !links.places().isEmpty() && !servesPlace && !hit.routable().areas().isEmpty();
            Set<String> groups = new LinkedHashSet<>(links.targetGroups());
            groups.retainAll(hit.routable().audiences());
            boolean named = !involvementWords.isEmpty() && isNamedIn(hit.routable(), forms);
            double covered = searched.stream()
                    .mapToDouble(word -> !groups.isEmpty() && links.ageWords().contains(word.text()) || named && involvementWords.contains(word)
                            ? wordWeight(word) : covered(word, hit.matchedTerms(), kind))
                    .sum()
                    + PLACE_SHARE * placeWords.stream().mapToDouble(word -> servesPlace ? wordWeight(word) : covered(word, hit.matchedTerms(), kind)).sum();
            double confidence = Math.min(1, covered / questionWeight);
            double rank = weights.text() * hit.textScore() / bestText
                    + weights.confidence() * confidence
                    + (servesPlace ? weights.place() : 0)
                    + weights.group() * groups.size() / Math.max(1, hit.routable().audiences().size())
                    + (kinds.contains(kind) ? weights.kind() : 0)
                    + (actors.contains(kind) ? weights.actor() : 0)
                    - (hit.routable().isPast(today) && !kinds.contains(Kind.EVENT) ? weights.past() : 0)
                    - (elsewhere ? weights.elsewhere() : 0);
            ranked.add(new Ranked(hit.routable(), confidence, rank, places, groups));
        }
        Set<Involvement> involvements = kindsAsked.involvements(question, words);
        if (!involvements.isEmpty()) {
            creditWhoIsInvolved(new Credits(ranked), involvements, kinds, forms, !actors.isEmpty(), language);
        }
        List<TextAnalysis.Word> titled = words.stream().filter(word -> kindsAsked.asksFor(word, Kind.PERSON)
                || !actors.isEmpty() && namesADoer(word)
                || Stream.concat(word.whole().stream(), translated(word, language)).anyMatch(titleWords::contains))
                .map(word -> actors.isEmpty() ? word : withItsDoers(word)).toList();
        if (!titled.isEmpty()) {
            creditPeopleInTheRole(new Credits(ranked), titled, forms, language, !actors.isEmpty() || kinds.contains(Kind.PERSON));
        }
        ranked.sort(BEST_FIRST);
        wholeBeforeItsParts(ranked);
        return ranked;
    }

    /**
     * A candidate that fits as well as at least two others among the best, which are parts of it or
     * about it, ranks first: the question names what they share ("open workroom" finds the
     * Avoin työhuone project and two of its pilots, all equally). The parts stay, just below.
     */
    private static void wholeBeforeItsParts(List<Ranked> ranked) {
        double best = ranked.isEmpty() ? 0 : ranked.getFirst().rank();
        List<Ranked> close = ranked.stream().limit(ANSWERS).filter(candidate -> best - candidate.rank() <= CLOSE_RANKS).toList();
        close.stream().skip(1)
                .filter(whole -> close.stream().filter(part -> part.routable().partOf().contains(whole.routable().iri())).count() >= 2)
                .findFirst().ifPresent(whole -> {
                    ranked.remove(whole);
                    ranked.addFirst(whole);
                });
    }

    /**
     * The candidates, best first, as one pass of crediting changes them: a resource credited from a
     * candidate ranks where it is given, with the candidate's confidence if that is higher than its
     * own, unless it ranks higher already.
     */
    private static final class Credits {

        private final List<Ranked> ranked;
        private final Map<String, Ranked> byIri = new HashMap<>();

        Credits(List<Ranked> ranked) {
            ranked.sort(BEST_FIRST);
            this.ranked = ranked;
            ranked.forEach(candidate -> byIri.put(candidate.routable().iri(), candidate));
        }

        /** The best {@code count} candidates, as they were before this pass credited anyone. */
        List<Ranked> best(int count) {
            return List.copyOf(ranked.subList(0, Math.min(count, ranked.size())));
        }

        void credit(Routable credited, Ranked from, double rank, Involved involved, String role) {
            Ranked known = byIri.get(credited.iri());
            if (known == null || known.rank() < rank) {
                Ranked now = new Ranked(credited, Math.max(from.confidence(), known == null ? 0 : known.confidence()), rank, from.places(),
                        from.groups(), involved, role);
                ranked.remove(known);
                ranked.add(now);
                byIri.put(credited.iri(), now);
            }
        }
    }

    /**
     * A question for who is involved in something it names that is not itself an actor is answered
     * by them: who runs it for a who-question ("kuka ylläpitää Koko kylän työhuonetta", "who ran the
     * INKA project"; its providers, coordinators and organisers), who funded it ("kuka rahoitti
     * Toimistopalvelut-hankkeen"), who took part in it ("INKAn kumppanit"), or where it is held
     * ("missä Hack the Work 2019 pidettiin": its venue). They rank just above the best candidate the
     * question names, with its confidence, unless they rank higher already. The people in a
     * project's roles run it too ("kuka teki Jämsän toimistopalveluselvityksen": the two who
     * carried it out); they rank half as far above it, so that its organisations come first.
     * A question about a need ("kuka auttaa rekrytoinnissa", "rahoitusta yrityksen perustamiseen")
     * names no candidate: the service answers it, not the network that provides it among many. A
     * who-question for a funder or partners is the exception: only projects have them, so the best
     * candidate, a project, is the one it asks about, however it names it.
     */
    private void creditWhoIsInvolved(Credits credits, Set<Involvement> involvements, Set<Kind> named, Set<String> questionForms,
            boolean asksWho, Language language) {
        List<Ranked> best = credits.best(ANSWERS);
        for (Ranked candidate : best) {
            if (!isNamedIn(candidate.routable(), questionForms) && !(candidate == best.getFirst() && asksWho && asksForWhatOnlyItsKindHas(candidate, involvements))) {
                continue;
            }
            for (Involvement how : involvements) {
                Set<Kind> answering = kindsAsked.answering(how, named);
                if (answering.contains(candidate.routable().kind())) {
                    continue;
                }
                candidate.routable().involved(how).stream().map(byIri::get).filter(involved -> involved != null && answering.contains(involved.kind()))
                        .forEach(involved -> credits.credit(involved, candidate, candidate.rank() + ABOVE, new Involved(how, candidate.routable()), null));
                if (how == Involvement.RUNS && answering.contains(Kind.PERSON) && PROJECTS.contains(candidate.routable().kind())) {
                    creditThePeopleInItsRoles(credits, candidate, language);
                }
            }
        }
    }

    /**
     * Whether the question asks for what only the candidate's kind has: a funder or partners of a
     * project, the presenters of an event. Then it is the candidate asked about, even without every
     * word of its name ("Who funded the office services project Jämsä ran in 2014–2015?", "Who
     * presented … at the INKA final seminar?").
     */
    private static boolean asksForWhatOnlyItsKindHas(Ranked candidate, Set<Involvement> involvements) {
        Kind kind = candidate.routable().kind();
        return PROJECTS.contains(kind) && (involvements.contains(Involvement.FUNDS) || involvements.contains(Involvement.PARTNERS))
                || kind == Kind.EVENT && involvements.contains(Involvement.PRESENTS);
    }

    /** The people in a project's roles, each once, with the title as the graph gives it in Finnish when not in the asker's language. */
    private void creditThePeopleInItsRoles(Credits credits, Ranked project, Language language) {
        Map<Routable, Title> byPerson = new LinkedHashMap<>();
        titlesByOrganisation.getOrDefault(project.routable().iri(), List.of())
                .forEach(title -> byPerson.merge(title.person(), title, (kept, other) -> kept.isIn(Language.FI) ? kept : other));
        byPerson.values().forEach(title -> credits.credit(title.person(), project, project.rank() + ABOVE / 2, null, role(title, language)));
    }

    /**
     * A question naming a title ("Satakunnan TE-toimiston johtaja", "WinNovan
     * opiskelijapalvelupäällikkö") is answered by the person who holds it where the best candidates
     * are, or in one the question names ("INKAn digiohjaaja"): a member of one of them whose title is
     * the title word ranks just above it, one whose title has it as a part ("palvelujohtaja" for
     * "johtaja") half as far. Above one the question names means above the best candidates too: a
     * question naming an organisation and a title asks for the person, not for the organisation's
     * services that match its name better ("Who is the CEO of Jämsek?"). A title word is one that
     * asks for a person, or any word of a title the graph holds ("suunnittelija"), in Swedish and
     * English also as the lexicon translates it ("mayor").
     */
    private void creditPeopleInTheRole(Credits credits, List<TextAnalysis.Word> titleWords, Set<String> questionForms, Language language,
            boolean asksForAPerson) {
        List<Ranked> looked = credits.best(ANSWERS + NAMED_CANDIDATES_LOOKED_AT);
        double best = looked.isEmpty() ? 0 : looked.getFirst().rank();
        for (int position = 0; position < looked.size(); position++) {
            Ranked candidate = looked.get(position);
            boolean named = isNamedIn(candidate.routable(), questionForms);
            if (position >= ANSWERS && !named) {
                continue;
            }
            double from = named ? Math.max(best, candidate.rank()) + ABOVE : candidate.rank();
            // A word naming the candidate says where the title is held, not which title: "project" in "Who ran the INKA project?".
            Set<String> itsNames = nameTerms(candidate.routable()).all();
            List<TextAnalysis.Word> roleWords = titleWords.stream().filter(word -> word.forms().stream().noneMatch(itsNames::contains)).toList();
            for (Title title : titlesByOrganisation.getOrDefault(candidate.routable().iri(), List.of())) {
                boolean holds = roleWords.stream().anyMatch(word -> Stream.concat(word.forms().stream(), translated(word, language))
                        .anyMatch(title.terms()::contains));
                boolean exactly = roleWords.stream().anyMatch(word -> Stream.concat(word.whole().stream(), translated(word, language))
                        .anyMatch(title.words()::contains));
                if (holds) {
                    credits.credit(title.person(), candidate, from + (exactly ? ABOVE : ABOVE / 2), null, role(title, language));
                }
            }
        }
        if (asksForAPerson && !looked.isEmpty()) {
            titleWords.stream().flatMap(word -> Stream.concat(word.whole().stream(), translated(word, language))).map(onlyTitles::get)
                    .filter(Objects::nonNull).findFirst()
                    .ifPresent(title -> credits.credit(title.person(), looked.getFirst(), best + ABOVE, null, role(title, language)));
        }
    }

    /** Whether a word is a verb whose doer a title or the lexicon names: "kuka arvioi" asks for the person who is the "arvioija". */
    private boolean namesADoer(TextAnalysis.Word word) {
        return word.forms().stream().anyMatch(doersByVerb::containsKey);
    }

    /**
     * A verb with the words for its doer among its forms, so that it finds a title holder where the
     * question's best candidates are, but never stands for a title whole: "suunnitella" asks for the
     * planner of what the question names, not for the one person titled "suunnittelija".
     */
    private TextAnalysis.Word withItsDoers(TextAnalysis.Word word) {
        if (!namesADoer(word)) {
            return word;
        }
        Set<String> forms = new LinkedHashSet<>(word.forms());
        word.forms().stream().map(doersByVerb::get).filter(Objects::nonNull).forEach(forms::addAll);
        return new TextAnalysis.Word(word.text(), Set.copyOf(forms), word.whole(), word.translations(), word.translationParts(), word.finnish(),
                word.salience());
    }

    /** What a credited title holder's why says: the title and where it is held ("viestintäpäällikkö, Jämsän kaupungin johtoryhmä"). */
    private String role(Title title, Language language) {
        return title.in(language) + Optional.ofNullable(byIri.get(title.organisation())).map(organisation -> ", " + organisation.label(language)).orElse("");
    }

    /** A Swedish or English word's Finnish translations, by which it names a title; a Finnish word's synonyms are too loose for that. */
    private static Stream<String> translated(TextAnalysis.Word word, Language language) {
        return language == Language.FI ? Stream.empty() : word.finnish().stream();
    }

    /** Whether the question's words hold every word of one of the resource's names, a company's or an association's legal form aside. */
    private boolean isNamedIn(Routable routable, Set<String> questionForms) {
        return nameTerms(routable).eachName().stream().anyMatch(questionForms::containsAll);
    }

    private NameTerms nameTerms(Routable routable) {
        return nameTerms.computeIfAbsent(routable.iri(), iri -> {
            List<List<String>> eachName = routable.names().stream()
                    .map(name -> analysis.indexTerms(name.text(), name.language()).stream().filter(term -> !LEGAL_FORMS.contains(term)).toList())
                    .filter(terms -> !terms.isEmpty()).toList();
            return new NameTerms(eachName, eachName.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet()));
        });
    }

    /** How much the question weighs: its words, a place's name at {@link #PLACE_SHARE}, since it says where, not what. */
    private double weightOf(List<TextAnalysis.Word> words, EntityLinking.Links links) {
        return words.stream().mapToDouble(word -> links.placeWords().contains(word.text()) ? PLACE_SHARE * wordWeight(word) : wordWeight(word)).sum();
    }

    /**
     * How much a word weighs in the question: as much as its rarest whole form in the index, or, when
     * the index has no whole form of it, a fixed share of the rarest word's weight; times how much
     * its kind of word tells (a noun more than an adverb).
     */
    private double wordWeight(TextAnalysis.Word word) {
        return word.salience() * word.whole().stream().filter(index::knows).mapToDouble(index::weight).max()
                .orElse(UNKNOWN_WORD_SHARE * index.unseenWeight());
    }

    /**
     * How much of a word a resource covers: all of it when a whole form of it or of another name of
     * its concept matches, or the word asks for its kind; else what a matching part of it or of
     * another name weighs, at most a share of the word.
     */
    private double covered(TextAnalysis.Word word, Set<String> matched, Kind kind) {
        double weight = wordWeight(word);
        if (word.whole().stream().anyMatch(matched::contains) || word.translations().stream().anyMatch(matched::contains)
                || kindsAsked.asksFor(word, kind)) {
            return weight;
        }
        return Stream.concat(word.forms().stream(), word.translationParts().stream()).filter(matched::contains).mapToDouble(index::weight)
                .map(part -> Math.min(word.salience() * part, PART_SHARE * weight)).max().orElse(0);
    }

    private Routing.Answer answer(Ranked ranked, Language language) {
        Routable routable = ranked.routable();
        List<String> why = new ArrayList<>();
        ranked.places().stream().findFirst().map(data.places()::get).ifPresent(place -> why.add(Replies.area(language, place.label(language))));
        ranked.groups().stream().map(data.targetGroups()::get).map(group -> Replies.audience(language, group.label(language))).forEach(why::add);
        Optional.ofNullable(ranked.involved()).ifPresent(involved -> why.add(Replies.involved(language, involved.how(), involved.in().label(language))));
        Optional.ofNullable(ranked.role()).ifPresent(why::add);
        Optional.ofNullable(routable.provider()).map(byIri::get).ifPresent(provider -> why.add(Replies.provider(language, provider.label(language))));
        if (why.isEmpty()) {
            why.add(Replies.matches(language, routable.kind().nameIn(language)));
        }
        Optional<Routable> provider = Optional.ofNullable(routable.provider()).map(byIri::get);
        String contact = Optional.ofNullable(routable.homepage()).or(() -> provider.map(Routable::homepage)).orElse(null);
        return new Routing.Answer(routable.iri(), routable.kind().key(), routable.label(language), String.join("; ", why),
                Math.round(ranked.confidence() * 1000) / 1000.0, routable.starts().orElse(null), provider.map(found -> new Routing.Link(found.iri(), found.label(language))).orElse(null),
                contact, nextEvent(routable, provider).map(event -> new Routing.Dated(event.iri(), event.label(language), event.starts().orElseThrow()))
                        .orElse(null), null);
    }

    /** The soonest event that has not ended and is linked to the resource, else to its provider; none for an event itself. */
    private Optional<Routable> nextEvent(Routable routable, Optional<Routable> provider) {
        if (routable.kind() == Kind.EVENT) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return soonest(eventsByLink.getOrDefault(routable.iri(), List.of()), today)
                .or(() -> provider.flatMap(found -> soonest(eventsByLink.getOrDefault(found.iri(), List.of()), today)));
    }

    private static Optional<Routable> soonest(List<Routable> events, LocalDate today) {
        return events.stream().filter(event -> event.isComing(today)).min(Comparator.comparing(event -> event.starts().orElseThrow()));
    }
}
