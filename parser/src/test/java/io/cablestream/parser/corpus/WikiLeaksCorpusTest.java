package io.cablestream.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableRejectedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Measures field recovery over the real WikiLeaks pages, printing the figures: from the text alone
 * (pre blocks only, metadata table withheld) and with the page's metadata table given.
 */
class WikiLeaksCorpusTest {

    private static final Pattern DTG = Pattern.compile("\\b[0-3]\\d[0-2]\\d[0-5]\\dZ\\s+[A-Za-z]{3}\\s+\\d{2}\\b");
    private static final CableParser PARSER = new CableParser();
    private static List<CorpusPages.Page> pages;

    @BeforeEach
    void loadCorpus() {
        if (pages == null) {
            pages = CorpusPages.wikileaksPages();
        }
    }

    @Test
    void recoversFieldsFromTheTextAlone() {
        Tally id = new Tally("reference ID");
        Tally level = new Tally("classification level");
        Tally origin = new Tally("origin post");
        Tally created = new Tally("created day (cables with a DTG)");
        Tally tags = new Tally("TAGS non-empty");
        Tally subject = new Tally("subject non-empty");
        List<String> misses = new ArrayList<>();
        for (CorpusPages.Page page : pages) {
            ParsedCable cable = parse(page, "text", page.text(), misses);
            boolean parsed = cable != null;
            id.count(parsed && page.referenceId().equals(cable.referenceId()), page, misses);
            level.count(parsed && cable.classification() != null
                    && levelOf(page.classification()).equals(cable.classification().level()), page, misses);
            origin.count(parsed && page.origin().equalsIgnoreCase(String.valueOf(cable.origin())), page, misses);
            if (DTG.matcher(page.text()).find()) {
                created.count(parsed && cable.created() != null
                        && cable.created().startsWith(page.created().substring(0, 10)), page, misses);
            }
            tags.count(parsed && !cable.tags().isEmpty(), page, misses);
            subject.count(parsed && cable.subject() != null && !cable.subject().isBlank(), page, misses);
        }
        System.out.println("Text alone over " + pages.size() + " WikiLeaks pages:");
        List.of(id, level, origin, created, tags, subject).forEach(t -> System.out.println("  " + t));
        if (System.getenv("CORPUS_MISSES") != null) {
            misses.forEach(miss -> System.out.println("    miss " + miss));
        }
        assertThat(id.share()).isGreaterThanOrEqualTo(0.97);
        assertThat(level.share()).isGreaterThanOrEqualTo(0.98);
        assertThat(origin.share()).isGreaterThanOrEqualTo(0.95);
        assertThat(created.share()).isGreaterThanOrEqualTo(0.95);
        assertThat(tags.share()).isGreaterThanOrEqualTo(0.995);
        assertThat(subject.share()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void takesIdentityFieldsFromTheMetadataTableWhenGiven() {
        Tally id = new Tally("reference ID");
        Tally level = new Tally("classification level");
        Tally origin = new Tally("origin");
        Tally created = new Tally("created");
        List<String> misses = new ArrayList<>();
        long paragraphs = 0;
        long unnumbered = 0;
        int withoutNumbers = 0;
        for (CorpusPages.Page page : pages) {
            ParsedCable cable = parse(page, "html", page.html(), misses);
            boolean parsed = cable != null;
            if (parsed) {
                long cableUnnumbered = cable.paragraphs().stream().filter(p -> p.number() == null).count();
                paragraphs += cable.paragraphs().size();
                unnumbered += cableUnnumbered;
                withoutNumbers += cableUnnumbered == cable.paragraphs().size() ? 1 : 0;
            }
            id.count(parsed && page.referenceId().equals(cable.referenceId()), page, misses);
            level.count(parsed && levelOf(page.classification()).equals(cable.classification().level()), page, misses);
            origin.count(parsed && page.origin().equals(cable.origin()), page, misses);
            created.count(parsed && cable.created().startsWith(page.created().replace(' ', 'T')), page, misses);
        }
        System.out.println("With the metadata table over " + pages.size() + " WikiLeaks pages:");
        List.of(id, level, origin, created).forEach(t -> System.out.println("  " + t));
        System.out.printf(Locale.ROOT, "  paragraphs %d, of them unnumbered %d; cables without numbered paragraphs %d%n",
                paragraphs, unnumbered, withoutNumbers);
        assertThat(List.of(id.share(), level.share(), origin.share(), created.share())).containsOnly(1.0);
    }

    private static RawCable raw(CorpusPages.Page page, String format, String text) {
        return new RawCable(null, "corpus", CableParser.contentHash(text), format,
                new CableSource(page.name(), null), null, Instant.EPOCH, text);
    }

    private static ParsedCable parse(CorpusPages.Page page, String format, String text, List<String> misses) {
        try {
            return PARSER.parse(raw(page, format, text));
        } catch (CableRejectedException e) {
            misses.add("rejected " + page.name() + ": " + e.getMessage());
            return null;
        }
    }

    private static String levelOf(String classification) {
        int caveats = classification.indexOf("//");
        return (caveats < 0 ? classification : classification.substring(0, caveats)).strip().toUpperCase(Locale.ROOT);
    }

    /** Counts hits for one figure. */
    private static final class Tally {
        private final String name;
        private int hits;
        private int total;

        Tally(String name) {
            this.name = name;
        }

        void count(boolean hit, CorpusPages.Page page, List<String> misses) {
            total++;
            if (hit) {
                hits++;
            } else {
                misses.add(name + ": " + page.name());
            }
        }

        double share() {
            return total == 0 ? 1.0 : (double) hits / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-32s %5d / %5d = %6.2f%%", name, hits, total, 100 * share());
        }
    }
}
