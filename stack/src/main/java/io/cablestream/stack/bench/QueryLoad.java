package io.cablestream.stack.bench;

import io.cablestream.stack.corpus.CorpusGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The benchmark's search load: its queries (words and phrases taken from the generated cables, so
 * they match few, many or most of them), each sent with four facets and the top 20 highlighted by
 * query-service's {@code QueryComparison} ({@link LuceneChild#compare}), and what one side measured.
 */
final class QueryLoad {

    /** What one side (query-service or bare Lucene) measured: one client, then concurrent clients for {@code concurrentSeconds}. */
    record Result(Latencies single, Latencies concurrent, double concurrentSeconds) {

        double queriesPerSecond() {
            return concurrent.count() / concurrentSeconds;
        }
    }

    /** The facets every search counts, as {@code QueryComparison} asks for them. */
    static final String FACETS = "tag,origin,country,year";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{6,}");

    private QueryLoad() {
    }

    /** {@code count} queries from the words of generated cables: single words, two words, two-word phrases. */
    static List<String> queries(int count, long seed) {
        var generator = new CorpusGenerator(seed);
        var random = new Random(seed);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            List<String> words = WORD.matcher(generator.next().body()).results().map(m -> m.group().toLowerCase())
                    .toList();
            if (words.size() < 2) {
                continue;
            }
            int at = random.nextInt(words.size() - 1);
            queries.add(switch (queries.size() % 3) {
                case 0 -> words.get(at);
                case 1 -> words.get(at) + " " + words.get(random.nextInt(words.size()));
                default -> "\"" + words.get(at) + " " + words.get(at + 1) + "\"";
            });
        }
        return queries;
    }
}
