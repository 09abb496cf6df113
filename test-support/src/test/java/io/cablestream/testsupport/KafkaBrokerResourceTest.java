package io.cablestream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.topic.Topics;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Quarkus test resource: which broker and configuration it hands to the application. */
class KafkaBrokerResourceTest {

    private final KafkaBrokerResource resource = new KafkaBrokerResource();

    @AfterEach
    void stop() {
        resource.stop();
    }

    @Test
    void pointsKafkaBootstrapServersAtABrokerWithThreePartitionsPerContractTopic() throws Exception {
        resource.init(Map.of());

        Map<String, String> config = resource.start();

        assertThat(config).containsOnlyKeys("kafka.bootstrap.servers");
        assertThat(partitionsPerTopic(config.get("kafka.bootstrap.servers")))
                .containsOnlyKeys(Topics.allNames())
                .allSatisfy((name, partitions) -> assertThat(partitions).isEqualTo(3));
    }

    @Test
    void partitionsInitArgOverridesTheDefault() throws Exception {
        resource.init(Map.of(KafkaBrokerResource.PARTITIONS, "1"));

        Map<String, String> config = resource.start();

        assertThat(partitionsPerTopic(config.get("kafka.bootstrap.servers")))
                .containsOnlyKeys(Topics.allNames())
                .allSatisfy((name, partitions) -> assertThat(partitions).isEqualTo(1));
    }

    @Test
    void stopClosesTheBroker() throws Exception {
        resource.init(Map.of());
        String bootstrap = resource.start().get("kafka.bootstrap.servers");

        resource.stop();

        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    private static Map<String, Integer> partitionsPerTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get();
            return topics.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().partitions().size()));
        }
    }
}
