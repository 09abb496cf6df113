package io.cablestream.stack.bench;

import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.TopicSetup;
import io.cablestream.stack.corpus.CorpusGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The pipe limit: the generated cables relayed byte for byte through three topic hops on the
 * pipeline's broker (a producer writes the raw telegrams, two relays copy each record to the next
 * topic, a counting consumer reads the last), with the stages' own Kafka client settings and
 * partition count but no parsing, no indexing and no transactions. Its topics are the benchmark's
 * own ({@code bench.pipe.*}), so the services never see them.
 */
final class PipeLimit {

    /** What the relay achieved. */
    record Result(long cables, long bytes, double seconds) {

        double cablesPerSecond() {
            return cables / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private static final List<String> TOPICS = List.of("bench.pipe.raw", "bench.pipe.parsed", "bench.pipe.enriched");
    /** Distinct telegrams kept in memory; larger runs send them again under new keys. */
    private static final int DISTINCT = 20_000;
    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrap;

    PipeLimit(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    Result run(long cables, long seed) throws InterruptedException {
        TopicSetup.ensure(bootstrap, TOPICS, 3, Map.of());
        var generator = new CorpusGenerator(seed);
        List<byte[]> telegrams = new ArrayList<>();
        for (int i = 0; i < Math.min(cables, DISTINCT); i++) {
            telegrams.add(generator.next().telegram().getBytes(StandardCharsets.UTF_8));
        }
        var counted = new AtomicLong();
        var bytes = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int hop = 0; hop + 1 < TOPICS.size(); hop++) {
            threads.add(relay(TOPICS.get(hop), TOPICS.get(hop + 1), cables));
        }
        threads.add(counter(TOPICS.getLast(), cables, counted, bytes));
        long start = System.nanoTime();
        try (var producer = KafkaClients.producer(bootstrap, "bench-pipe-source", Map.of())) {
            for (long n = 0; n < cables; n++) {
                producer.send(new ProducerRecord<>(TOPICS.getFirst(), "PIPE" + n, telegrams.get((int) (n % telegrams.size()))));
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(counted.get(), bytes.get(), (System.nanoTime() - start) / 1e9);
    }

    private Thread relay(String from, String to, long cables) {
        return Thread.ofPlatform().name("pipe-" + from).start(() -> {
            try (var consumer = KafkaClients.consumer(bootstrap, "bench-pipe-" + from, "bench-pipe-" + from, Map.of());
                    var producer = KafkaClients.producer(bootstrap, "bench-pipe-" + to, Map.of())) {
                consumer.subscribe(List.of(from));
                long relayed = 0;
                while (relayed < cables) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        producer.send(new ProducerRecord<>(to, record.key(), record.value()));
                        relayed++;
                    }
                }
            }
        });
    }

    private Thread counter(String topic, long cables, AtomicLong counted, AtomicLong bytes) {
        return Thread.ofPlatform().name("pipe-count").start(() -> {
            try (var consumer = KafkaClients.consumer(bootstrap, "bench-pipe-count", "bench-pipe-count", Map.of())) {
                consumer.subscribe(List.of(topic));
                while (counted.get() < cables) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        counted.incrementAndGet();
                        bytes.addAndGet(record.value().length);
                    }
                }
            }
        });
    }
}
