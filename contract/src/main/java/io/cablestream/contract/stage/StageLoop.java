package io.cablestream.contract.stage;

import io.cablestream.contract.header.DeadLetterHeaders;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consume-transform-produce loop of a pipeline stage (parse, enrich). For each batch polled
 * from the input topic, every record is transformed and published to the output topic, or parked
 * byte for byte on the input's dead-letter topic with the reason in headers. Offsets are committed
 * only after the broker acknowledged every output of the batch, so a crash replays the batch
 * (at-least-once) and nothing is lost; a poison record never blocks its partition.
 */
public final class StageLoop<I, O> implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StageLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String service;
    private final Topic<I> input;
    private final Topic<O> output;
    private final Transform<I, O> transform;
    private final Function<O, String> keyOf;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean assigned;
    private Thread thread;

    public StageLoop(String service, Topic<I> input, Topic<O> output, Transform<I, O> transform,
            Function<O, String> keyOf, KafkaConsumer<String, byte[]> consumer, KafkaProducer<String, byte[]> producer) {
        this.service = service;
        this.input = input;
        this.output = output;
        this.transform = transform;
        this.keyOf = keyOf;
        this.consumer = consumer;
        this.producer = producer;
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(input.name()));
        try {
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
                    assigned = !consumer.assignment().isEmpty();
                    if (!batch.isEmpty()) {
                        publishAll(batch);
                        consumer.commitSync();
                    }
                } catch (WakeupException e) {
                    // stop() was called
                } catch (RuntimeException e) {
                    LOG.warn("{}: batch failed, it will be retried from the last committed offsets: {}",
                            service, e.toString());
                    rewindToCommitted();
                    sleepQuietly();
                }
            }
        } finally {
            consumer.close();
            producer.close(Duration.ofSeconds(5));
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

    private void publishAll(ConsumerRecords<String, byte[]> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.count());
        int rejected = 0;
        for (ConsumerRecord<String, byte[]> record : batch) {
            ProducerRecord<String, byte[]> out;
            try {
                out = transformed(record);
            } catch (Exception e) {
                out = new ProducerRecord<>(input.deadLetterName(), null, record.key(), record.value(),
                        DeadLetterHeaders.of(record, service, e));
                rejected++;
                LOG.info("{}: {} at {}-{}@{} parked on {}: {}", service, record.key(), record.topic(),
                        record.partition(), record.offset(), input.deadLetterName(), e.getMessage());
            }
            sends.add(producer.send(out));
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (Exception e) {
                throw new IllegalStateException("broker did not acknowledge an output record", e);
            }
        }
        processed.addAndGet(batch.count() - rejected);
        deadLettered.addAndGet(rejected);
    }

    private ProducerRecord<String, byte[]> transformed(ConsumerRecord<String, byte[]> record) throws Exception {
        O result = transform.apply(input.decode(record.value()));
        String key = keyOf.apply(result);
        var trace = TraceParent.parseOrNew(EventHeaders.get(record.headers(), EventHeaders.TRACEPARENT)).child();
        var headers = EventHeaders.of(output, key, service, trace,
                EventHeaders.get(record.headers(), EventHeaders.IMPORT_ID));
        return new ProducerRecord<>(output.name(), null, key, output.encode(result), headers);
    }

    private void rewindToCommitted() {
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
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
