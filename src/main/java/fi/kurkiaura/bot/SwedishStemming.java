package fi.kurkiaura.bot;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Lucene's Swedish analysis with the Snowball stemmer run twice. One pass takes a single ending,
 * so a genitive plural keeps the plural's: "bildkonstnärers" stems to bildkonstnärer and
 * "ungdomars" to ungdomar, while "bildkonstnärer" and "ungdomar" stem to bildkonstnär and ungdom.
 * The second pass takes the plural's ending too, so the genitive finds the word.
 */
final class SwedishStemming extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), SwedishAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, new SnowballFilter(new SnowballFilter(stream, new SwedishStemmer()), new SwedishStemmer()));
    }
}
