package io.cablestream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.parser.InputFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputKindTest {

    @Test
    void recognisesArchivesByTheirFirstBytesWhateverTheirName() {
        assertThat(InputKind.of(new byte[] {'P', 'K', 3, 4, 0}, "text/plain", "x.txt", InputFormat.AUTO)).isEqualTo(InputKind.ZIP);
        assertThat(InputKind.of(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}, null, null, InputFormat.AUTO))
                .isEqualTo(InputKind.SEVEN_Z);
        assertThat(InputKind.of(new byte[] {0x1F, (byte) 0x8B, 8}, null, "a.csv", InputFormat.AUTO)).isEqualTo(InputKind.GZIP);
    }

    @Test
    void takesTheContentTypeThenTheNameForTextInputs() {
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(InputKind.of(text, "text/csv; charset=utf-8", null, InputFormat.AUTO)).isEqualTo(InputKind.CSV);
        assertThat(InputKind.of(text, null, "feed.ndjson", InputFormat.AUTO)).isEqualTo(InputKind.NDJSON);
        assertThat(InputKind.of(text, null, "page.html", InputFormat.AUTO)).isEqualTo(InputKind.DOCUMENT);
        assertThat(InputKind.of(text, null, "x.txt", InputFormat.CSV)).isEqualTo(InputKind.CSV);
    }

    @Test
    void refusesArchiveFormatsItDoesNotOpenWith415() {
        assertThatThrownBy(() -> InputKind.of(new byte[] {'B', 'Z', 'h', '9'}, null, "cables.bz2", InputFormat.AUTO))
                .isInstanceOfSatisfying(RejectedCableException.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.getMessage()).contains("bzip2").contains(".zip, .tar, .tar.gz or .7z");
                });
    }
}
