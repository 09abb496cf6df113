package io.cablestream.contract.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cablestream.contract.topic.Topics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventTracingTests {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final OpenTelemetry sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    private final EventTracing tracing = new EventTracing(sdk, "test-service");

    @AfterEach
    void closeSdk() {
        tracerProvider.close();
    }

    @Test
    void aPublishSpanIsAChildOfTheCurrentSpanAndTheEventNamesIt() {
        var request = sdk.getTracer("test").spanBuilder("POST /cables").startSpan();
        TraceParent sent;
        try (Scope ignored = request.makeCurrent()) {
            sent = tracing.publish(Topics.RAW, "09VALLETTA412", trace -> trace);
        } finally {
            request.end();
        }

        SpanData publish = onlySpanNamed("publish cables.raw.v1");
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(sent).isEqualTo(new TraceParent(publish.getTraceId(), publish.getSpanId(), "01"));
    }

    @Test
    void aFailedPublishIsRecordedOnItsSpanAndRethrown() {
        assertThatThrownBy(() -> tracing.publish(Topics.RAW, "09X1", trace -> {
            throw new IllegalStateException("broker gone");
        })).hasMessage("broker gone");

        SpanData publish = onlySpanNamed("publish cables.raw.v1");
        assertThat(publish.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(publish.getStatus().getDescription()).isEqualTo("broker gone");
    }

    @Test
    void aConsumingSpanContinuesTheTraceOfTheRecordsTraceparentOrStartsOne() {
        var upstream = TraceParent.newRoot();
        tracing.startConsuming(record(upstream.toString()), "process").end();
        tracing.startConsuming(record(null), "index").end();

        SpanData child = onlySpanNamed("process cables.parsed.v1");
        assertThat(child.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(child.getTraceId()).isEqualTo(upstream.traceId());
        assertThat(child.getParentSpanId()).isEqualTo(upstream.spanId());
        SpanData root = onlySpanNamed("index cables.parsed.v1");
        assertThat(root.getParentSpanContext().isValid()).isFalse();
        assertThat(root.getTraceId()).isNotEqualTo(upstream.traceId());
    }

    @Test
    void withoutAnSdkEventsStillGetATraceparentOfTheirOwnInTheSameTrace() {
        var noop = new EventTracing(OpenTelemetry.noop(), "test-service");
        var upstream = TraceParent.newRoot();
        var span = noop.startConsuming(record(upstream.toString()), "process");

        var next = EventTracing.traceParentOf(span, upstream);
        assertThat(next.traceId()).isEqualTo(upstream.traceId());
        assertThat(next.spanId()).isNotEqualTo(upstream.spanId());
        assertThat(noop.publish(Topics.RAW, "09X1", trace -> trace).traceId()).matches("[0-9a-f]{32}");
    }

    private SpanData onlySpanNamed(String name) {
        var named = exported.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).toList();
        assertThat(named).as("spans named %s", name).hasSize(1);
        return named.getFirst();
    }

    private static ConsumerRecord<String, byte[]> record(String traceparent) {
        var headers = new RecordHeaders();
        if (traceparent != null) {
            EventHeaders.put(headers, EventHeaders.TRACEPARENT, traceparent);
        }
        return new ConsumerRecord<>(Topics.PARSED.name(), 0, 7L, 0L, null, 0, 0, "09VALLETTA412", new byte[0],
                headers, Optional.empty());
    }
}
