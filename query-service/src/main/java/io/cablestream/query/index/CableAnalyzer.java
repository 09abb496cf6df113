package io.cablestream.query.index;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The one analyzer used both to index and to parse queries, so both sides agree: full-text fields
 * get the standard analyzer, keyword fields ({@link CableFields#KEYWORDS}) stay whole and lower-cased,
 * which makes {@code tag:prel} find {@code PREL}.
 */
final class CableAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer text = new StandardAnalyzer();
    private final Map<String, Analyzer> keywords = CableFields.KEYWORDS.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), field -> new FoldedKeywordAnalyzer()));

    CableAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return keywords.getOrDefault(fieldName, text);
    }

    /** The indexed form of a keyword value, e.g. the term that identifies a cable by its reference ID. */
    String keywordTerm(String field, String value) {
        return normalize(field, value).utf8ToString();
    }

    private static final class FoldedKeywordAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
