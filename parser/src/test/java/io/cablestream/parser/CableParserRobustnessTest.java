package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the input, the parser either returns a cable or throws {@link CableRejectedException}. */
class CableParserRobustnessTest {

    private static final String[] FORMATS = {"auto", "text", "html", "csv", "seed"};
    private final CableParser parser = new CableParser();

    @Test
    void rejectsAMissingCable() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(CableRejectedException.class)
                .hasMessageContaining("no cable given");
    }

    @Test
    void rejectsEmptyAndBlankText() {
        for (String text : new String[] {null, "", " \n\t\n "}) {
            assertThatThrownBy(() -> parser.parse(Fixtures.raw(text, "auto")))
                    .isInstanceOf(CableRejectedException.class).hasMessageContaining("empty");
        }
    }

    @Test
    void rejectsBinaryContent() {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> parser.parse(Fixtures.raw(binary, "auto")))
                .isInstanceOf(CableRejectedException.class).hasMessageContaining("binary");
    }

    @Test
    void rejectsTextLongerThanTheLimitBeforeReadingIt() {
        String huge = "A".repeat(CableParser.MAX_TEXT_LENGTH + 1);

        assertThatThrownBy(() -> parser.parse(Fixtures.raw(huge, "text")))
                .isInstanceOfSatisfying(CableRejectedException.class, e ->
                        assertThat(e.hint()).contains("split the file into cables"));
    }

    static Stream<Arguments> pathologicalInputs() {
        String banner = "C O N F I D E N T I A L MOSCOW 003804\n";
        return Stream.of(
                Arguments.of("spaced letters on one line", "S E C R E T ".repeat(200_000)),
                Arguments.of("paragraph numbers", banner + "1. (C) ".repeat(100_000)),
                Arguments.of("numbered lines", banner + "1. (C) x\n2. (C) y\n".repeat(50_000)),
                Arguments.of("open parentheses", banner + "(".repeat(500_000)),
                Arguments.of("redaction marks", banner + "xxxxxxxx ".repeat(200_000)),
                Arguments.of("empty lines", banner + "\n".repeat(1_000_000)),
                Arguments.of("transmission ids", "VZCZC\n".repeat(100_000)),
                Arguments.of("from lines", "FM AMEMBASSY MOSCOW\n".repeat(100_000)),
                Arguments.of("labels", banner + "E.O. 12958 TAGS: SUBJECT: REF: A. ".repeat(50_000)),
                Arguments.of("ref labels", banner + "REF: " + "A. B. C. D. (E) ".repeat(50_000)),
                Arguments.of("summaries", banner + "SUMMARY: ".repeat(100_000)),
                Arguments.of("comments", banner + "COMMENT: (COMMENT: ".repeat(100_000)),
                Arguments.of("dtgs", banner + "021437Z AUG 07 ".repeat(100_000)),
                Arguments.of("quotes", "\"1\",\"" + "\"\"".repeat(200_000)),
                Arguments.of("tags", "<pre>" + "<a href='x'>".repeat(100_000)),
                Arguments.of("entities", "<pre>" + "&#x000A;&amp".repeat(100_000) + "</pre>"),
                Arguments.of("seed labels", "Identifier\nCreated\n".repeat(50_000)),
                Arguments.of("repeated cable", Fixtures.text("09LISBON555.seed.txt").repeat(200)),
                Arguments.of("surrogates", banner + "\uD83D\uDE00\uD800".repeat(100_000)),
                Arguments.of("one long line", banner + "word ".repeat(1_000_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalInputs")
    void answersPathologicalInputWithACableOrARejection(String name, String text) {
        for (String format : FORMATS) {
            assertParsesOrRejects(text, format);
        }
    }

    @Test
    void answersRandomlyMutatedCablesWithACableOrARejection() {
        Random random = new Random(42);
        String[] fixtures = {Fixtures.text("09LISBON555.seed.txt"), Fixtures.text("08OSLO321.html"),
            Fixtures.text("two-telegrams.txt"), Fixtures.text("cables.csv")};
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder(fixtures[round % fixtures.length]);
            for (int edit = 0; edit < 1 + random.nextInt(20); edit++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, (char) (32 + random.nextInt(95)));
                    default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(200))));
                }
            }
            assertParsesOrRejects(text.toString(), FORMATS[random.nextInt(FORMATS.length)]);
        }
    }

    private void assertParsesOrRejects(String text, String format) {
        ParseOutcomes.assertCableOrRejection(parser, Fixtures.raw(text, format));
    }
}
