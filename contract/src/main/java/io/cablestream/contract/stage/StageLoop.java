package io.cablestream.contract.stage;

import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.EventTracing;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topic;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consume-transform-produce loop of a pipeline stage (parse, enrich). Records polled from the
 * input topic are processed in Kafka transactions: every record is transformed and published to
 * the output topic, or parked byte for byte on the input's dead-letter topic with the reason in
 * headers, and the consumed offsets are committed in the same transaction. A transaction stays open
 * while further records are already fetched, up to {@value #MAX_TRANSACTION_RECORDS} records or
 * {@value #MAX_TRANSACTION_MILLIS} ms, and is committed as soon as nothing more is waiting: under a
 * backlog few transactions carry many records (each transaction costs the broker and the stage a
 * fixed amount of work), while a trickle is committed record by record without waiting. A crash or a broker
 * outage aborts the transaction and the batch is processed again, so each input yields exactly one
 * committed output (for {@code read_committed} consumers); a poison record never blocks its partition.
 * Each record is processed in its own span ({@link EventTracing}), a child of the span named by the
 * record's {@code traceparent}; the output record names the processing span as its parent.
 */
public final class StageLoop<I, O> implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StageLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final int MAX_TRANSACTION_RECORDS = 1000;
    private static final long MAX_TRANSACTION_MILLIS = 250;
    /** Outputs larger than this are parked rather than sent: the broker would refuse them. */
    private static final int MAX_OUTPUT_BYTES = 7 * 1024 * 1024;

    private final String service;
    private final Topic<I> input;
    private final Topic<O> output;
    private final Transform<I, O> transform;
    private final OutputEncoder<O> encoder;
    private final Function<O, String> keyOf;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Supplier<KafkaProducer<String, byte[]>> producers;
    private KafkaProducer<String, byte[]> producer;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final StageMetrics metrics;
    private final EventTracing tracing;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private Thread thread;

    /**
     * @param producers makes the loop's transactional producer ({@link KafkaClients#transactionalProducer});
     *     called again to replace a producer that was fenced or broke its sequence
     * @param consumer a consumer in the stage's group ({@link KafkaClients#consumer}) owned by this loop
     * @param openTelemetry makes the span of each record (the service's configured SDK)
     */
    public StageLoop(String service, Topic<I> input, Topic<O> output, Transform<I, O> transform,
            Function<O, String> keyOf, KafkaConsumer<String, byte[]> consumer,
            Supplier<KafkaProducer<String, byte[]>> producers, OpenTelemetry openTelemetry) {
        this(service, input, output, transform, (result, in) -> output.encode(result), keyOf, consumer, producers,
                openTelemetry);
    }

    /** A loop that writes its outputs with {@code encoder} instead of the output topic's own encoding. */
    public StageLoop(String service, Topic<I> input, Topic<O> output, Transform<I, O> transform,
            OutputEncoder<O> encoder, Function<O, String> keyOf, KafkaConsumer<String, byte[]> consumer,
            Supplier<KafkaProducer<String, byte[]>> producers, OpenTelemetry openTelemetry) {
        this.service = service;
        this.input = input;
        this.output = output;
        this.transform = transform;
        this.encoder = encoder;
        this.keyOf = keyOf;
        this.consumer = consumer;
        this.producers = producers;
        this.metrics = new StageMetrics(service);
        this.tracing = new EventTracing(openTelemetry, service);
    }

    @Override
    public void run() {
        try {
            initTransactions();
            consumer.subscribe(List.of(input.name()));
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
                    assigned = !consumer.assignment().isEmpty();
                    if (!batch.isEmpty()) {
                        publishInTransaction(batch);
                    }
                    metrics.lag(FetchedLag.of(consumer));
                } catch (WakeupException e) {
                    // stop() was called
                } catch (AuthorizationException e) {
                    LOG.error("{}: not allowed by the broker ({}); stopping, fix the ACLs and restart", service,
                            e.toString());
                    running = false;
                } catch (ProducerFencedException | OutOfOrderSequenceException e) {
                    LOG.warn("{}: producer unusable ({}); replacing it and processing the batch again", service,
                            e.toString());
                    metrics.batchFailed();
                    producer.close(Duration.ZERO);
                    initTransactions();
                    rewind();
                } catch (RuntimeException e) {
                    LOG.warn("{}: batch failed and will be processed again: {}", service, e.toString());
                    metrics.batchFailed();
                    abortAndRewind();
                }
            }
        } finally {
            assigned = false;
            metrics.close();
            consumer.close();
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Runs the loop on its own thread. */
    public synchronized void start() {
        thread = Thread.ofPlatform().name(service + "-stage").start(this);
    }

    /** Finishes the current batch, commits what was published, closes the clients and waits for the thread. */
    public synchronized void stop() {
        running = false;
        consumer.wakeup();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the loop's thread is running. */
    public boolean isAlive() {
        return thread != null && thread.isAlive();
    }

    /** Whether the loop owns at least one partition of its input (ready to make progress). */
    public boolean isAssigned() {
        return assigned;
    }

    public long processed() {
        return processed.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    private void initTransactions() {
        producer = producers.get();
        while (running) {
            try {
                producer.initTransactions();
                return;
            } catch (TimeoutException e) {
                LOG.warn("{}: broker not reachable yet, retrying: {}", service, e.getMessage());
            }
        }
    }

    /**
     * Publishes {@code first} and whatever the consumer has already fetched after it in one transaction.
     * The group metadata is taken before any record is sent: if the group rebalanced meanwhile, the
     * broker refuses the offsets and the whole transaction is aborted and processed again.
     */
    private void publishInTransaction(ConsumerRecords<String, byte[]> first) {
        var group = consumer.groupMetadata();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_TRANSACTION_MILLIS);
        producer.beginTransaction();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        int consumed = 0;
        int rejected = 0;
        ConsumerRecords<String, byte[]> batch = first;
        while (true) {
            rejected += publish(batch);
            offsets.putAll(nextOffsets(batch));
            consumed += batch.count();
            if (!running || consumed >= MAX_TRANSACTION_RECORDS || System.nanoTime() >= deadline) {
                break;
            }
            batch = moreFetched();
            if (batch.isEmpty()) {
                break;
            }
        }
        retryingTimeouts(() -> producer.sendOffsetsToTransaction(offsets, group));
        retryingTimeouts(producer::commitTransaction);
        processed.addAndGet(consumed - rejected);
        deadLettered.addAndGet(rejected);
        metrics.committed(consumed, rejected);
    }

    /** The records the consumer has already fetched, without waiting; none once {@link #stop()} woke it up. */
    private ConsumerRecords<String, byte[]> moreFetched() {
        try {
            return consumer.poll(Duration.ZERO);
        } catch (WakeupException e) {
            return ConsumerRecords.empty();
        }
    }

    /** Sends the output (or the dead letter) of every record of {@code batch}; returns how many were parked. */
    private int publish(ConsumerRecords<String, byte[]> batch) {
        int rejected = 0;
        for (ConsumerRecord<String, byte[]> record : batch) {
            ProducerRecord<String, byte[]> out;
            long started = System.nanoTime();
            Span span = tracing.startConsuming(record, "process");
            try (Scope ignored = span.makeCurrent()) {
                out = transformed(record, span);
                metrics.recordDuration().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                EventTracing.failed(span, e);
                out = new ProducerRecord<>(input.deadLetterName(), null, record.key(), record.value(),
                        DeadLetterHeaders.of(record, service, e));
                rejected++;
                LOG.info("{}: {} at {}-{}@{} parked on {}: {}", service, record.key(), record.topic(),
                        record.partition(), record.offset(), input.deadLetterName(), e.getMessage());
            } finally {
                span.end();
            }
            producer.send(out);
        }
        return rejected;
    }

    private ProducerRecord<String, byte[]> transformed(ConsumerRecord<String, byte[]> record, Span span)
            throws Exception {
        O result = transform.apply(input.decode(record.value()),
                new RecordPosition(record.partition(), record.offset()));
        String key = keyOf.apply(result);
        byte[] value = encoder.encode(result, record.value());
        if (value.length > MAX_OUTPUT_BYTES) {
            throw new IllegalArgumentException("the " + output.valueType().getSimpleName() + " for " + key + " is "
                    + value.length + " bytes, over the " + MAX_OUTPUT_BYTES + "-byte limit of " + output.name());
        }
        var trace = EventTracing.traceParentOf(span,
                TraceParent.parse(EventHeaders.get(record.headers(), EventHeaders.TRACEPARENT)).orElse(null));
        var headers = EventHeaders.of(output, key, service, trace,
                EventHeaders.get(record.headers(), EventHeaders.IMPORT_ID));
        return new ProducerRecord<>(output.name(), null, key, value, headers);
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : batch.partitions()) {
            var records = batch.records(partition);
            offsets.put(partition, new OffsetAndMetadata(records.getLast().offset() + 1));
        }
        return offsets;
    }

    /**
     * Runs a transaction step, repeating it after a timeout (the broker is away): Kafka requires a
     * timed-out commit to be retried, not abandoned.
     */
    private void retryingTimeouts(Runnable step) {
        while (true) {
            try {
                step.run();
                return;
            } catch (TimeoutException e) {
                if (!running) {
                    throw e;
                }
                LOG.warn("{}: broker did not answer in time, retrying: {}", service, e.getMessage());
            }
        }
    }

    /** Aborts the open transaction (retrying while the broker is away) and seeks back to the committed offsets. */
    private void abortAndRewind() {
        try {
            retryingTimeouts(producer::abortTransaction);
        } catch (IllegalStateException e) {
            LOG.debug("{}: no transaction to abort: {}", service, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot abort ({}); replacing the producer", service, e.toString());
            producer.close(Duration.ZERO);
            initTransactions();
        }
        rewind();
        sleepQuietly();
    }

    private void rewind() {
        try {
            var committed = consumer.committed(consumer.assignment());
            consumer.assignment().forEach(tp -> {
                var offset = committed.get(tp);
                if (offset != null) {
                    consumer.seek(tp, offset);
                } else {
                    consumer.seekToBeginning(List.of(tp));
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot rewind yet: {}", service, e.toString());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
