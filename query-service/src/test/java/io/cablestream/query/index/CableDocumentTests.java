package io.cablestream.query.index;

import static io.cablestream.query.TestCables.cable;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.node.TextNode;
import io.cablestream.contract.event.Annotation;
import io.cablestream.contract.event.EnrichedCable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CableDocumentTests {

    @Test
    void cableWithoutReferenceIdIsRejected() {
        EnrichedCable enriched = cable(" ").build();

        assertThatIllegalArgumentException().isThrownBy(() -> CableDocument.of(enriched, new byte[0]))
                .withMessageContaining("cable.referenceId");
    }

    @Test
    void eventWithoutCableIsRejected() {
        var enriched = new EnrichedCable(null, Map.of(), null);

        assertThatIllegalArgumentException().isThrownBy(() -> CableDocument.of(enriched, new byte[0]))
                .withMessageContaining("cable");
    }

    @Test
    void tagsAnnotationThatIsNotAListOfMeaningsIsRejected() {
        var valid = cable("07MOSCOW3804").build();
        var enriched = new EnrichedCable(valid.cable(),
                Map.of("tags", new Annotation("tags", "1", TextNode.valueOf("PREL"))), valid.enrichedAt());

        assertThatIllegalArgumentException().isThrownBy(() -> CableDocument.of(enriched, new byte[0]))
                .withMessageContaining("annotations.tags.data");
    }
}
