package io.cablestream.contract.header;

import io.cablestream.contract.topic.Topic;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * OpenTelemetry spans for the events of the pipeline, chained through the {@code traceparent}
 * header ({@link EventHeaders#TRACEPARENT}): a {@code PRODUCER} span for each new event (its parent
 * is the current span, e.g. ingest's HTTP request), and a {@code CONSUMER} span for each record a
 * stage processes or indexes (its parent is the span the record's header names). Records made while
 * processing carry the traceparent of the processing span, so one cable's trip from ingest to the
 * index is one trace. The services hand in the {@link OpenTelemetry} their framework configured;
 * whether spans are exported is its business. With a no-op one, records still get a valid traceparent.
 */
public final class EventTracing {

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.name");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    private final Tracer tracer;

    /** @param service the service making the spans, e.g. {@code parse-service} (the tracer's scope name) */
    public EventTracing(OpenTelemetry openTelemetry, String service) {
        this.tracer = openTelemetry.getTracer("io.cablestream." + service);
    }

    /**
     * Runs {@code send} inside a new {@code PRODUCER} span {@code publish <topic>}, a child of the
     * current span (or the root of a new trace); a failure is recorded on the span and rethrown.
     *
     * @param send sends the event, given the traceparent its headers must carry
     */
    public <R> R publish(Topic<?> topic, String key, Function<TraceParent, R> send) {
        Span span = tracer.spanBuilder("publish " + topic.name()).setSpanKind(SpanKind.PRODUCER)
                .setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, "publish")
                .setAttribute(DESTINATION, topic.name()).setAttribute(KEY, key).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return send.apply(traceParentOf(span, null));
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Starts a {@code CONSUMER} span {@code <operation> <topic>} for one consumed record, a child of
     * the span its {@code traceparent} header names (the root of a new trace when it has none). The
     * caller ends it.
     *
     * @param operation what is done to the record, e.g. {@code process} or {@code index}
     */
    public Span startConsuming(ConsumerRecord<String, ?> record, String operation) {
        var builder = tracer.spanBuilder(operation + " " + record.topic()).setSpanKind(SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, operation)
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(PARTITION, Integer.toString(record.partition()))
                .setAttribute(OFFSET, record.offset());
        if (record.key() != null) {
            builder.setAttribute(KEY, record.key());
        }
        TraceParent.parse(EventHeaders.get(record.headers(), EventHeaders.TRACEPARENT)).ifPresentOrElse(
                parent -> builder.setParent(Context.root().with(Span.wrap(parent.toSpanContext()))),
                builder::setNoParent);
        return builder.startSpan();
    }

    /**
     * The traceparent for events made under {@code span}. A no-op tracer makes no span of its own
     * (it hands back the parent's context, or none), so then a new span ID is made up under
     * {@code parent}, or a new trace started when there is no parent either.
     *
     * @param parent the traceparent of the record {@code span} consumes, or {@code null}
     */
    public static TraceParent traceParentOf(Span span, TraceParent parent) {
        var context = span.getSpanContext();
        if (context.isValid() && (parent == null || !context.getSpanId().equals(parent.spanId()))) {
            return TraceParent.of(context);
        }
        return parent == null ? TraceParent.newRoot() : parent.child();
    }

    /** Marks {@code span} as failed by {@code error}. */
    public static void failed(Span span, Exception error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, error.getMessage() == null ? error.toString() : error.getMessage());
    }
}
