package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.header.EventHeaders;
import io.cablestream.contract.header.TraceParent;
import io.cablestream.contract.stage.KafkaClients;
import io.cablestream.contract.topic.Topics;
import io.cablestream.parser.CableParser;
import io.cablestream.testsupport.KafkaBroker;
import io.cablestream.testsupport.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances each of parse-service and enrich-service share one broker's six partitions; one of
 * each is killed with SIGKILL mid-stream. The survivors take over its partitions, and every cable
 * reaches {@code cables.enriched.v1} exactly once (transactions make the replayed batches invisible).
 */
class ScaleOutIT {

    private static final int CABLES = 600;

    @TempDir
    Path data;

    private final List<ManagedProcess> processes = new ArrayList<>();
    private KafkaBroker broker;

    @AfterEach
    void stopEverything() {
        processes.forEach(p -> p.stop(Duration.ofSeconds(10)));
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void survivorsTakeOverPartitionsAndEveryCableArrivesExactlyOnce() {
        broker = KafkaBroker.start();
        broker.createTopics(Topics.allNames(), 6);
        Path home = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();
        int brokerPort = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
        var settings = new StackSettings(home, data, brokerPort, 0, 0, 0, 0, 0);
        var java = JavaCommand.forHome(home);
        var survivingParse = new ServiceProcess("parse-service", Ports.free(), "256m", List.of());
        var survivingEnrich = new ServiceProcess("enrich-service", Ports.free(), "256m", List.of());
        var parseA = start(new ServiceProcess("parse-service", Ports.free(), "256m", List.of()), settings, java);
        var parseB = start(survivingParse, settings, java);
        var enrichA = start(survivingEnrich, settings, java);
        var enrichB = start(new ServiceProcess("enrich-service", Ports.free(), "256m", List.of()), settings, java);

        var cables = SampleCables.generate(CABLES, 2024);
        publishRaw(broker.bootstrapServers(), cables.subList(0, CABLES / 2));
        TestKafka.consume(broker.bootstrapServers(), Topics.ENRICHED.name(), CABLES / 10, Duration.ofSeconds(90));
        parseA.kill();
        enrichB.kill();
        publishRaw(broker.bootstrapServers(), cables.subList(CABLES / 2, CABLES));

        var enriched = TestKafka.consume(broker.bootstrapServers(), Topics.ENRICHED.name(), CABLES,
                Duration.ofSeconds(180));
        Map<String, Long> copies = enriched.stream()
                .collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(
                cables.stream().map(SampleCables.SampleCable::referenceId).toList());
        assertThat(copies).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        survivingParse.awaitReady(parseB, Duration.ofSeconds(10));
        survivingEnrich.awaitReady(enrichA, Duration.ofSeconds(10));
    }

    private ManagedProcess start(ServiceProcess service, StackSettings settings, JavaCommand java) {
        var process = service.start(settings, java);
        processes.add(process);
        service.awaitReady(process, Duration.ofSeconds(120));
        return process;
    }

    private static void publishRaw(String bootstrap, List<SampleCables.SampleCable> cables) {
        try (var producer = KafkaClients.producer(bootstrap, "scale-out-test", Map.of())) {
            for (var cable : cables) {
                var raw = new RawCable(cable.referenceId(), "imp-scale", CableParser.contentHash(cable.text()), "text",
                        new CableSource("scale-out-test", null), null, Instant.now(), cable.text());
                producer.send(new ProducerRecord<>(Topics.RAW.name(), null, raw.referenceId(), Topics.RAW.encode(raw),
                        EventHeaders.of(Topics.RAW, raw.referenceId(), "test", TraceParent.newRoot(), "imp-scale")));
            }
            producer.flush();
        }
    }
}
