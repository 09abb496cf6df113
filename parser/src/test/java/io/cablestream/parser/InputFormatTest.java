package io.cablestream.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void detectsEachFixtureFormatFromItsContent() {
        assertThat(InputFormat.detect(Fixtures.text("09LISBON555.seed.txt"))).isEqualTo(InputFormat.SEED);
        assertThat(InputFormat.detect(Fixtures.text("08OSLO321.html"))).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.detect(Fixtures.text("cables.csv"))).isEqualTo(InputFormat.CSV);
        assertThat(InputFormat.detect(Fixtures.text("two-telegrams.txt"))).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void detectsAnHtmlFragmentWithPreBlocksWithoutAnHtmlElement() {
        assertThat(InputFormat.detect("<code><pre>UNCLAS STATE 000001</pre></code>")).isEqualTo(InputFormat.HTML);
    }

    @Test
    void fallsBackToTextForEmptyOrUnknownContent() {
        assertThat(InputFormat.detect(null)).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.detect("")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.detect("\u0000\u0001\u0002")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void readsFormatNamesInAnyCase() {
        assertThat(InputFormat.fromId("HTML")).contains(InputFormat.HTML);
        assertThat(InputFormat.fromId(" seed ")).contains(InputFormat.SEED);
        assertThat(InputFormat.fromId("pdf")).isEmpty();
        assertThat(InputFormat.fromId(null)).isEmpty();
    }
}
