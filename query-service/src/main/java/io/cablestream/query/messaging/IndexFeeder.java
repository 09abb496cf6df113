package io.cablestream.query.messaging;

import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.EventTracing;
import io.cablestream.contract.stage.FetchedLag;
import io.cablestream.contract.topic.Topics;
import io.cablestream.query.index.CableDocument;
import io.cablestream.query.index.CableIndex;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Feeds {@code cables.enriched.v1} into the {@link CableIndex}; writes to no topic. It uses no
 * consumer group: it assigns itself every partition and starts each at the offset stored in the
 * index's last commit (from the beginning when there is none), so every replica builds its own
 * full index. Cables are upserted by reference ID and tombstones delete, so replays are harmless.
 * The index is refreshed (what was applied becomes searchable) as soon as a batch is applied, but at most
 * every {@value #REFRESH_CAUGHT_UP_MILLIS} ms while it follows the topic (a batch that comes sooner waits
 * for that moment, not for the next poll), and every {@value #REFRESH_BEHIND_MILLIS} ms while it is more
 * than {@value #BEHIND_RECORDS} records behind (catching up, rebuilding): each refresh writes a segment that
 * later has to be merged, and refreshing after every batch cost a quarter of the feeder's CPU, every second
 * while behind still a sixth (see docs/benchmarks.md). Every commit interval it is committed with the
 * offsets it reflects on a thread of its own, since a commit waits for the disk (seconds on a busy machine)
 * and the feeder goes on meanwhile; when stopping, the feeder waits for that commit and commits once more.
 * Records it cannot index are parked on {@code cables.enriched.dead-letter.v1} by {@link DeadLetters};
 * while the broker is unreachable it waits and then rereads from the last record it applied; only a
 * failing index stops the feeder.
 * Each record is indexed in its own span, a child of the span its {@code traceparent} names.
 */
public final class IndexFeeder implements Runnable {

    private static final Logger LOG = Logger.getLogger(IndexFeeder.class);
    private static final String TOPIC = Topics.ENRICHED.name();
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(10);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    private static final long REFRESH_CAUGHT_UP_MILLIS = 100;
    private static final long REFRESH_BEHIND_MILLIS = 5000;
    /** A steady stream always leaves a few records (and a transaction marker) unread; only a backlog counts. */
    private static final long BEHIND_RECORDS = 1000;

    private final CableIndex index;
    private final KafkaConsumer<String, byte[]> consumer;
    private final long commitIntervalNanos;
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private final DeadLetters deadLetters;
    private final AtomicLong applied = new AtomicLong();
    private final Consumer<Instant> searchable;
    private final EventTracing tracing;
    private final List<Instant> publishedSinceRefresh = new ArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final ExecutorService committer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-committer").factory());
    private Future<?> lastCommitDone;
    private volatile boolean connected;
    private volatile int partitions;
    private volatile long lag = -1;
    private volatile long commitLag = -1;
    private boolean downReported;
    private boolean uncommitted;
    private long lastCommit = System.nanoTime();
    private long lastRefresh = System.nanoTime();
    private boolean unrefreshed;
    private long lastCheck = System.nanoTime() - CHECK_INTERVAL.toNanos();

    /**
     * @param consumer a consumer without group, used by this feeder only; the feeder closes it
     * @param deadLetters where records that cannot be indexed go, used by this feeder only; the feeder closes it
     * @param commitInterval how often to commit the index while cables arrive
     * @param searchable told, once a refresh made cables searchable, when each of its cables was published
     *     ({@code ce_time}, or the record's timestamp)
     * @param openTelemetry makes the span of each record (the service's configured SDK)
     */
    public IndexFeeder(CableIndex index, KafkaConsumer<String, byte[]> consumer, DeadLetters deadLetters,
            Duration commitInterval, Consumer<Instant> searchable, OpenTelemetry openTelemetry) {
        this.index = index;
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.commitIntervalNanos = commitInterval.toNanos();
        this.searchable = searchable;
        this.tracing = new EventTracing(openTelemetry, "query-service");
        index.committedOffsets().forEach((tp, offset) -> {
            if (tp.topic().equals(TOPIC)) {
                nextOffsets.put(tp, offset);
            }
        });
    }

    @Override
    public void run() {
        try {
            while (stopping.getCount() > 0) {
                try {
                    if (partitions == 0) {
                        assignPartitions();
                    } else {
                        feedBatch();
                    }
                } catch (WakeupException e) {
                    // stop() was called
                } catch (KafkaException e) {
                    markDown(e.getMessage());
                    rewind();
                    pause();
                }
            }
            awaitCommit();
            commitIfChanged();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Feeder stopped: cannot write the index");
        } finally {
            committer.shutdown();
            connected = false;
            consumer.close(KAFKA_TIMEOUT);
            deadLetters.close();
        }
    }

    /** Asks the feeder to finish its batch, commit the index and close its consumer. */
    public void stop() {
        stopping.countDown();
        consumer.wakeup();
    }

    /** Whether the broker answers and the feeder owns the topic's partitions: it can keep the index current. */
    public boolean isReady() {
        return connected && partitions > 0;
    }

    /** How many partitions of {@code cables.enriched.v1} are assigned. */
    public int partitions() {
        return partitions;
    }

    /** How many records (cables and tombstones) were applied to the index since start. */
    public long applied() {
        return applied.get();
    }

    /** How many records were parked on the dead-letter topic since start. */
    public long deadLettered() {
        return deadLetters.count();
    }

    /** Records on the topic not yet applied, as of the last check of the broker; {@code -1} before the first. */
    public long lag() {
        return lag;
    }

    /**
     * Records on the topic not yet in the index's last commit (what a restart would read again), as of
     * the last check of the broker; {@code -1} before the first.
     */
    public long commitLag() {
        return commitLag;
    }

    private void assignPartitions() {
        List<PartitionInfo> found = consumer.partitionsFor(TOPIC, KAFKA_TIMEOUT);
        if (found == null || found.isEmpty()) {
            markDown("the topic does not exist yet");
            pause();
            return;
        }
        markConnected();
        assign(found);
    }

    private void assign(List<PartitionInfo> found) {
        List<TopicPartition> assignment = found.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
        consumer.assign(assignment);
        for (TopicPartition partition : assignment) {
            Long next = nextOffsets.get(partition);
            if (next == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, next);
            }
        }
        partitions = assignment.size();
        LOG.infof("Feeding %d partitions of %s into the index, resuming at %s", partitions, TOPIC, nextOffsets);
    }

    private void feedBatch() throws IOException {
        ConsumerRecords<String, byte[]> batch = consumer.poll(pollTimeout());
        for (ConsumerRecord<String, byte[]> record : batch) {
            apply(record);
            nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            uncommitted = true;
        }
        for (TopicPartition partition : List.copyOf(nextOffsets.keySet())) {
            if (consumer.assignment().contains(partition)) {
                advanceTo(partition, consumer.position(partition));
            }
        }
        unrefreshed |= !batch.isEmpty();
        long now = System.nanoTime();
        if (unrefreshed && now >= nextRefresh()) {
            index.refresh();
            publishedSinceRefresh.forEach(searchable);
            publishedSinceRefresh.clear();
            unrefreshed = false;
            lastRefresh = now;
        }
        if (uncommitted && now - lastCommit >= commitIntervalNanos) {
            commitInBackground();
        }
        if (now - lastCheck >= CHECK_INTERVAL.toNanos()) {
            checkBroker();
            lastCheck = now;
        }
    }

    /** When the applied records may be refreshed: soon while following the topic, seldom while far behind. */
    private long nextRefresh() {
        long every = FetchedLag.of(consumer) > BEHIND_RECORDS ? REFRESH_BEHIND_MILLIS : REFRESH_CAUGHT_UP_MILLIS;
        return lastRefresh + every * 1_000_000;
    }

    /** Waits for records no longer than until the records applied and not yet searchable may be refreshed. */
    private Duration pollTimeout() {
        if (!unrefreshed) {
            return POLL;
        }
        long untilRefresh = nextRefresh() - System.nanoTime();
        return untilRefresh <= 0 ? Duration.ZERO : Duration.ofNanos(Math.min(untilRefresh, POLL.toNanos()));
    }

    private void apply(ConsumerRecord<String, byte[]> record) throws IOException {
        Span span = tracing.startConsuming(record, "index");
        try (Scope ignored = span.makeCurrent()) {
            if (upsertOrDelete(record)) {
                applied.incrementAndGet();
            }
        } finally {
            span.end();
        }
    }

    /** Applies one record; {@code false} when it was parked on the dead-letter topic instead. */
    private boolean upsertOrDelete(ConsumerRecord<String, byte[]> record) throws IOException {
        if (record.value() == null) {
            if (record.key() == null) {
                return park(record, new IllegalArgumentException("tombstone without key"));
            }
            index.delete(record.key());
            return true;
        }
        CableDocument document;
        try {
            document = CableDocument.of(record.value());
            if (record.key() != null && !record.key().equals(document.id())) {
                throw new IllegalArgumentException("key differs from cable.referenceId " + document.id());
            }
        } catch (RuntimeException e) {
            return park(record, e);
        }
        try {
            index.upsert(document);
        } catch (IllegalArgumentException e) {
            return park(record, e);
        }
        publishedSinceRefresh.add(publishedAt(record));
        return true;
    }

    private boolean park(ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        EventTracing.failed(Span.current(), reason);
        deadLetters.park(record, reason);
        return false;
    }

    private static Instant publishedAt(ConsumerRecord<String, byte[]> record) {
        String time = EventHeaders.get(record.headers(), EventHeaders.TIME);
        try {
            return time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    /** Moves back to the first record not yet applied, after a failure part-way through a batch. */
    private void rewind() {
        for (TopicPartition partition : consumer.assignment()) {
            Long next = nextOffsets.get(partition);
            if (next == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, next);
            }
        }
    }

    /**
     * Proves the broker still answers, picks up partitions added to the topic, moves past transaction
     * markers that ended the topic, and updates the lag.
     */
    private void checkBroker() {
        List<PartitionInfo> found = consumer.partitionsFor(TOPIC, KAFKA_TIMEOUT);
        if (found != null && found.size() > partitions) {
            assign(found);
        }
        for (TopicPartition partition : consumer.assignment()) {
            advanceTo(partition, consumer.position(partition, KAFKA_TIMEOUT));
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), KAFKA_TIMEOUT);
        lag = behind(ends, nextOffsets);
        commitLag = behind(ends, index.committedOffsets());
        markConnected();
    }

    private static long behind(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> positions) {
        return ends.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - positions.getOrDefault(end.getKey(), 0L)))
                .sum();
    }

    /**
     * Records that everything before {@code position} was applied; the consumer's position also
     * skips the markers of producers' transactions, which hold no record.
     */
    private void advanceTo(TopicPartition partition, long position) {
        if (position > nextOffsets.getOrDefault(partition, -1L)) {
            nextOffsets.put(partition, position);
            uncommitted = true;
        }
    }

    /**
     * Commits the index with the offsets applied so far on the committer's thread, unless the previous
     * commit is still running (then the next batch tries again); fails when the previous commit failed.
     */
    private void commitInBackground() throws IOException {
        if (lastCommitDone != null && !lastCommitDone.isDone()) {
            return;
        }
        awaitCommit();
        Map<TopicPartition, Long> offsets = Map.copyOf(nextOffsets);
        uncommitted = false;
        lastCommit = System.nanoTime();
        lastCommitDone = committer.submit(() -> {
            index.commit(offsets);
            return null;
        });
    }

    /** Waits for the commit running on the committer's thread, if any, and rethrows its failure. */
    private void awaitCommit() throws IOException {
        if (lastCommitDone == null) {
            return;
        }
        try {
            lastCommitDone.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index was committed", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                default -> throw new IllegalStateException("cannot commit the index", e.getCause());
            }
        } finally {
            lastCommitDone = null;
        }
    }

    private void commitIfChanged() throws IOException {
        if (uncommitted) {
            index.commit(nextOffsets);
            uncommitted = false;
        }
        lastCommit = System.nanoTime();
    }

    private void markConnected() {
        if (downReported) {
            LOG.infof("Feeding %s again", TOPIC);
        }
        connected = true;
        downReported = false;
    }

    private void markDown(String reason) {
        connected = false;
        if (!downReported) {
            LOG.warnf("Cannot feed %s: %s; retrying every %s", TOPIC, reason, RETRY_PAUSE);
            downReported = true;
        }
    }

    private void pause() {
        try {
            stopping.await(RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }
}
