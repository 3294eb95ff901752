package fi.kurkiaura.bot;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Lucene's Swedish analysis with the Snowball stemmer run a second time. One pass takes a single
 * ending, so a genitive plural keeps the plural's: "bildkonstnärers" stems to bildkonstnärer and
 * "ungdomars" to ungdomar, while "bildkonstnärer" and "ungdomar" stem to bildkonstnär and ungdom.
 * The second pass takes the plural's ending too, so the genitive finds the word.
 */
final class SwedishStemming extends AnalyzerWrapper {

    private final Analyzer swedish = new SwedishAnalyzer();

    SwedishStemming() {
        super(GLOBAL_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return swedish;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new SnowballFilter(components.getTokenStream(), new SwedishStemmer()));
    }
}
