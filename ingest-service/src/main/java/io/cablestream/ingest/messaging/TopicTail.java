package io.cablestream.ingest.messaging;

import io.cablestream.contract.stage.KafkaClients;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of one topic from its beginning and keeps following it on its own thread,
 * without a consumer group (every replica sees everything), handing each record to a callback; or,
 * {@link #ofOpenRecords}, reads uncommitted records too, from where committed data ends.
 * After each poll it publishes how far it has read ({@link #positions()}) and completes the waiters
 * that position reaches: {@link #current()} once everything written to the topic before the call has
 * been handed over, {@link #reached} once the given offsets are (at once when they already are).
 */
public final class TopicTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicTail.class);
    private static final Duration POLL = Duration.ofMillis(100);
    /** State records are small: small fetches keep a start-up read of a big state topic within a small heap. */
    private static final int FETCH_BYTES = 1024 * 1024;

    private final String topic;
    private final Consumer<ConsumerRecord<String, byte[]>> onRecord;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Queue<CompletableFuture<Void>> requests = new ConcurrentLinkedQueue<>();
    private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final Function<Collection<TopicPartition>, Map<TopicPartition, Long>> startAt;
    private volatile Map<TopicPartition, Long> positions = Map.of();
    private volatile boolean running = true;

    private record Waiter(Map<TopicPartition, Long> ends, CompletableFuture<Void> done) {

        boolean completeIfReached(Map<TopicPartition, Long> positions) {
            boolean reached = ends.entrySet().stream()
                    .allMatch(end -> positions.getOrDefault(end.getKey(), -1L) >= end.getValue());
            if (reached) {
                done.complete(null);
            }
            return reached;
        }
    }

    /** Reads the committed records of {@code topic} from its beginning. */
    public TopicTail(String bootstrapServers, Map<String, String> overrides, String topic,
            Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        this(bootstrapServers, overrides, topic, onRecord, "ingest-service-tail-" + topic, null);
    }

    private TopicTail(String bootstrapServers, Map<String, String> overrides, String topic,
            Consumer<ConsumerRecord<String, byte[]>> onRecord, String clientId,
            Function<Collection<TopicPartition>, Map<TopicPartition, Long>> startAt) {
        this.topic = topic;
        this.onRecord = onRecord;
        this.startAt = startAt;
        var settings = new HashMap<>(overrides);
        settings.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(FETCH_BYTES));
        settings.putIfAbsent(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(FETCH_BYTES));
        if (startAt != null) {
            settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        }
        this.consumer = KafkaClients.consumer(bootstrapServers, null, clientId, settings);
        this.thread = Thread.ofPlatform().name("tail-" + topic).daemon().unstarted(this::run);
    }

    /**
     * Reads every record of {@code topic}, those of open transactions too, from the offsets {@code startAt}
     * gives for its partitions (e.g. where committed data ends).
     */
    public static TopicTail ofOpenRecords(String bootstrapServers, Map<String, String> overrides, String topic,
            Function<Collection<TopicPartition>, Map<TopicPartition, Long>> startAt,
            Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        return new TopicTail(bootstrapServers, overrides, topic, onRecord, "ingest-service-open-" + topic, startAt);
    }

    public TopicTail start() {
        thread.start();
        return this;
    }

    /** Completes once every record the topic holds now has been handed to the callback. */
    public CompletableFuture<Void> current() {
        var done = new CompletableFuture<Void>();
        requests.add(done);
        return done;
    }

    /**
     * Completes once the callback has been handed every record before {@code ends} (the next offset to read,
     * per partition): at once when it already has, else right after the poll that gets there.
     */
    public CompletableFuture<Void> reached(Map<TopicPartition, Long> ends) {
        var waiter = new Waiter(Map.copyOf(ends), new CompletableFuture<>());
        if (!waiter.completeIfReached(positions)) {
            waiters.add(waiter);
            waiter.completeIfReached(positions);
        }
        return waiter.done();
    }

    /** The next offset to read of each partition, as of the last poll (empty until the first one). */
    public Map<TopicPartition, Long> positions() {
        return positions;
    }

    private void run() {
        try {
            while (running) {
                try {
                    if (consumer.assignment().isEmpty()) {
                        assignAllPartitions();
                    }
                    for (var record : consumer.poll(POLL)) {
                        handOver(record);
                    }
                    publishPositions();
                    answerWaiters();
                } catch (WakeupException e) {
                    // closing
                } catch (RuntimeException e) {
                    LOG.warn("reading {} failed, retrying: {}", topic, e.toString());
                    pause();
                }
            }
        } catch (WakeupException e) {
            // closed before it started
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void assignAllPartitions() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        if (startAt == null) {
            consumer.seekToBeginning(partitions);
        } else {
            startAt.apply(partitions).forEach(consumer::seek);
        }
    }

    private void handOver(ConsumerRecord<String, byte[]> record) {
        try {
            onRecord.accept(record);
        } catch (RuntimeException e) {
            LOG.warn("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.toString());
        }
    }

    private void publishPositions() {
        Map<TopicPartition, Long> now = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            now.put(partition, consumer.position(partition));
        }
        positions = Map.copyOf(now);
    }

    private void answerWaiters() {
        for (CompletableFuture<Void> request; (request = requests.poll()) != null; ) {
            waiters.add(new Waiter(consumer.endOffsets(consumer.assignment()), request));
        }
        Map<TopicPartition, Long> reachedSoFar = positions;
        waiters.removeIf(waiter -> waiter.completeIfReached(reachedSoFar));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
