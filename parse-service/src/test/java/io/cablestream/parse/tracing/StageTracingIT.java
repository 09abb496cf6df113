package io.cablestream.parse.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestKafka;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The parse stage continues each cable's trace: one span per record, a child of the span named by
 * the incoming {@code traceparent}, whose context the outgoing record carries.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class StageTracingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eachRecordIsProcessedInAChildSpanOfItsTraceparentAndTheOutputNamesThatSpan() throws IOException {
        var upstream = TraceParent.newRoot();
        var junkTrace = TraceParent.newRoot();
        produce(raw("09VALLETTA777", "\u0000 not a cable"), junkTrace);
        produce(raw("09VALLETTA412", fixture()), upstream);

        TraceParent outgoing = await().atMost(WAIT).until(() -> outgoingTraceOf(upstream), Optional::isPresent)
                .orElseThrow();
        SpanData span = finishedSpanOf(upstream);

        assertThat(span.getName()).isEqualTo("process cables.raw.v1");
        assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(span.getParentSpanId()).isEqualTo(upstream.spanId());
        assertThat(span.getParentSpanContext().isRemote()).isTrue();
        assertThat(span.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key")))
                .isEqualTo("09VALLETTA412");
        assertThat(span.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
        assertThat(outgoing.traceId()).isEqualTo(upstream.traceId());
        assertThat(outgoing.spanId()).isEqualTo(span.getSpanId()).isNotEqualTo(upstream.spanId());

        SpanData rejected = finishedSpanOf(junkTrace);
        assertThat(rejected.getParentSpanId()).isEqualTo(junkTrace.spanId());
        assertThat(rejected.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(rejected.getEvents()).extracting(event -> event.getName()).contains("exception");
    }

    /** The traceparent of the parsed record in {@code upstream}'s trace (other tests' records share the topic). */
    private Optional<TraceParent> outgoingTraceOf(TraceParent upstream) {
        return TestKafka.consume(bootstrap, Topics.PARSED.name(), 1, WAIT).stream()
                .map(record -> TraceParent.parseOrNew(EventHeaders.get(record.headers(), EventHeaders.TRACEPARENT)))
                .filter(trace -> trace.traceId().equals(upstream.traceId())).findFirst();
    }

    private SpanData finishedSpanOf(TraceParent parent) {
        return await().atMost(WAIT).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(parent.traceId())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private void produce(RawCable cable, TraceParent trace) {
        TestKafka.produce(bootstrap, Topics.RAW.name(), cable.referenceId(), Topics.RAW.encode(cable),
                EventHeaders.of(Topics.RAW, cable.referenceId(), "test", trace, "imp-trace"));
    }

    private static RawCable raw(String id, String text) {
        return new RawCable(id, "imp-trace", "sha256:" + "b".repeat(64), "auto", new CableSource("test", "entry 1"),
                null, Instant.now(), text);
    }

    private static String fixture() throws IOException {
        try (var in = StageTracingIT.class.getResourceAsStream("/cables/09VALLETTA412.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
