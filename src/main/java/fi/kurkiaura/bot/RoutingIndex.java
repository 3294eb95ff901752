package fi.kurkiaura.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A search index over the routable resources (Lucene, in memory, BM25), built from
 * {@link RoutingData} with {@link TextAnalysis}: each resource's names, context and descriptions as
 * three fields of analysed terms, names weighing most. Immutable once built: a change in the graph
 * builds a new one.
 */
final class RoutingIndex {

    /**
     * A resource found by a question's words, with the BM25 score and the question terms it
     * contains in the languages asked for: what the question's words are covered by.
     */
    record Hit(Routable routable, float textScore, Set<String> matchedTerms) {
    }

    private static final String NAME = "name";
    private static final String CONTEXT = "context";
    private static final String TEXT = "text";
    private static final String POSITION = "position";
    private static final String AREA = "area";
    private static final String AUDIENCE = "audience";
    /** Enough for a place or a group to bring a resource among the candidates; the ranking weighs them. */
    private static final float FACT_WEIGHT = 0.5f;
    private static final float NAME_WEIGHT = 3f;
    private static final float CONTEXT_WEIGHT = 1.5f;
    private static final int CANDIDATES = 100;

    private final List<Routable> routables;
    /** Each resource's terms in each language: a stem means something only in the language whose stemmer made it. */
    private final List<Map<Language, Set<String>>> termsOf = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final IndexSearcher searcher;

    RoutingIndex(List<Routable> routables, TextAnalysis analysis) {
        this.routables = routables;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int position = 0; position < routables.size(); position++) {
                Routable routable = routables.get(position);
                Map<Language, List<String>> names = terms(routable.names(), analysis);
                Map<Language, List<String>> context = terms(routable.context(), analysis);
                Map<Language, List<String>> text = terms(routable.descriptions(), analysis);
                Map<Language, Set<String>> inEachLanguage = new EnumMap<>(Language.class);
                Stream.of(names, context, text).forEach(field -> field.forEach((language, terms) ->
                        inEachLanguage.computeIfAbsent(language, unused -> new HashSet<>()).addAll(terms)));
                termsOf.add(inEachLanguage);
                inEachLanguage.values().stream().flatMap(Set::stream).distinct().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
                Document document = new Document();
                document.add(new StoredField(POSITION, position));
                document.add(new TextField(NAME, inAnyLanguage(names), Field.Store.NO));
                document.add(new TextField(CONTEXT, inAnyLanguage(context), Field.Store.NO));
                document.add(new TextField(TEXT, inAnyLanguage(text), Field.Store.NO));
                routable.areas().forEach(place -> document.add(new StringField(AREA, place, Field.Store.NO)));
                routable.audiences().forEach(group -> document.add(new StringField(AUDIENCE, group, Field.Store.NO)));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Building the bot's index in memory failed", e);
        }
    }

    int size() {
        return routables.size();
    }

    /** How telling a term is: rare terms tell much, terms the index has never seen are rarer still. */
    double weight(String term) {
        int frequency = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (routables.size() + 1.0) / (frequency + 0.5));
    }

    /** What a term the index has never seen would weigh. */
    double unseenWeight() {
        return weight("");
    }

    boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    /**
     * The resources whose text contains the question's terms, each weighing as much as the question
     * says (a place's name or a translation less than the question's own words), best BM25 first,
     * together with those that serve the places or the target groups the question names. (Not all
     * of a kind: "palvelu" would bring every service in, which on a large network costs more than
     * it finds; the ranking favours the kind asked for.) A resource is found by its text in any
     * language, which ranks by names shared across languages, but contains only the terms of its
     * text in {@code languages} ({@link Language#withFinnish}).
     */
    List<Hit> search(Map<String, Float> questionTerms, Set<Language> languages, Set<String> places, Set<String> groups) {
        Set<String> distinct = new LinkedHashSet<>(questionTerms.keySet());
        distinct.removeIf(term -> !knows(term));
        if (distinct.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        places.forEach(place -> query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(AREA, place))), FACT_WEIGHT), BooleanClause.Occur.SHOULD));
        groups.forEach(group -> query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(AUDIENCE, group))), FACT_WEIGHT), BooleanClause.Occur.SHOULD));
        for (String term : distinct) {
            Query anyField = new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(NAME, term)), NAME_WEIGHT),
                    new BoostQuery(new TermQuery(new Term(CONTEXT, term)), CONTEXT_WEIGHT),
                    new TermQuery(new Term(TEXT, term))), 0.2f);
            float weight = questionTerms.get(term);
            query.add(weight == 1f ? anyField : new BoostQuery(anyField, weight), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Hit> hits = new ArrayList<>();
            var storedFields = searcher.storedFields();
            for (ScoreDoc found : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                int position = storedFields.document(found.doc).getField(POSITION).numericValue().intValue();
                Map<Language, Set<String>> terms = termsOf.get(position);
                Set<String> matched = new LinkedHashSet<>(distinct);
                matched.removeIf(term -> languages.stream().noneMatch(language -> terms.getOrDefault(language, Set.of()).contains(term)));
                hits.add(new Hit(routables.get(position), found.score, matched));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the bot's index in memory failed", e);
        }
    }

    private static Map<Language, List<String>> terms(List<Routable.Text> texts, TextAnalysis analysis) {
        Map<Language, List<String>> terms = new EnumMap<>(Language.class);
        texts.forEach(text -> terms.computeIfAbsent(text.language(), language -> new ArrayList<>()).addAll(analysis.indexTerms(text.text(), text.language())));
        return terms;
    }

    private static String inAnyLanguage(Map<Language, List<String>> terms) {
        return String.join(" ", terms.values().stream().flatMap(List::stream).toList());
    }
}
