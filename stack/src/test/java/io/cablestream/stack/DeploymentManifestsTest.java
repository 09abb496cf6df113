package io.cablestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cablestream.contract.topic.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders every Kustomize overlay with {@code kubectl kustomize} and checks what an operator relies on. */
class DeploymentManifestsTest {

    private static final Path HOME = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();

    /** The topics each service reads or writes; its Kafka user must be allowed exactly these. */
    private static final Map<String, Set<String>> TOPICS_OF_SERVICE = Map.of(
            "ingest-service", Set.of("cables.raw.v1", "cables.parsed.v1", "cables.enriched.v1",
                    "cables.raw.dead-letter.v1", "cables.parsed.dead-letter.v1", "cables.enriched.dead-letter.v1",
                    "cables.imports.v1", "cables.versions.v1"),
            "parse-service", Set.of("cables.raw.v1", "cables.parsed.v1", "cables.raw.dead-letter.v1"),
            "enrich-service", Set.of("cables.parsed.v1", "cables.enriched.v1", "cables.parsed.dead-letter.v1"),
            // query-service reads cables.raw.v1 for a cable's original text
            "query-service", Set.of("cables.raw.v1", "cables.enriched.v1", "cables.enriched.dead-letter.v1"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesLimitsAndRunsLockedDownAsNonRoot(String overlay) throws Exception {
        var workloads = ofKind(render(overlay), "Deployment", "StatefulSet");
        assertThat(workloads).extracting(w -> w.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("ingest-service", "parse-service", "enrich-service", "query-service");
        for (JsonNode workload : workloads) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(name(workload)).isTrue();
            for (JsonNode container : pod.path("containers")) {
                String where = name(workload) + "/" + container.path("name").asText();
                assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).as(where)
                        .isEqualTo("/q/health/ready");
                assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).as(where)
                        .isEqualTo("/q/health/live");
                assertThat(container.path("resources").path("limits").path("memory").isMissingNode()).as(where)
                        .isFalse();
                assertThat(container.path("resources").path("requests").path("cpu").isMissingNode()).as(where)
                        .isFalse();
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(where).isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(where).isFalse();
                assertThat(texts(security.path("capabilities").path("drop"))).as(where).containsExactly("ALL");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContractTopicIsDeclaredAndTheEnrichedTopicIsCompacted(String overlay) throws Exception {
        var topics = ofKind(render(overlay), "KafkaTopic");
        var contractTopics = new ArrayList<>(Topics.allNames());
        Topics.INGEST_STATE.forEach(topic -> contractTopics.add(topic.name()));
        assertThat(topics).extracting(t -> t.path("spec").path("topicName").asText())
                .containsExactlyInAnyOrderElementsOf(contractTopics);
        for (JsonNode topic : topics) {
            String name = topic.path("spec").path("topicName").asText();
            assertThat(topic.path("spec").path("config").path("cleanup.policy").asText()).as(name)
                    .isEqualTo(Topics.isCompacted(name) ? "compact" : "delete");
            assertThat(topic.path("spec").path("config").path("max.message.bytes").asLong()).as(name)
                    .isGreaterThanOrEqualTo(8L * 1024 * 1024);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceKafkaUserMayTouchExactlyItsTopics(String overlay) throws Exception {
        var users = ofKind(render(overlay), "KafkaUser");
        assertThat(users).extracting(DeploymentManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(TOPICS_OF_SERVICE.keySet());
        for (JsonNode user : users) {
            Set<String> topics = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                if (acl.path("resource").path("type").asText().equals("topic")) {
                    assertThat(acl.path("resource").path("patternType").asText()).isEqualTo("literal");
                    topics.add(acl.path("resource").path("name").asText());
                }
            }
            assertThat(topics).as(name(user)).isEqualTo(new TreeSet<>(TOPICS_OF_SERVICE.get(name(user))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void lagScalingNeverExceedsTheInputTopicsPartitions(String overlay) throws Exception {
        var docs = render(overlay);
        for (JsonNode scaled : ofKind(docs, "ScaledObject")) {
            JsonNode trigger = scaled.path("spec").path("triggers").get(0);
            String input = trigger.path("metadata").path("topic").asText();
            int partitions = ofKind(docs, "KafkaTopic").stream()
                    .filter(t -> t.path("spec").path("topicName").asText().equals(input))
                    .findFirst().orElseThrow().path("spec").path("partitions").asInt();
            assertThat(scaled.path("spec").path("maxReplicaCount").asInt()).as(name(scaled))
                    .isLessThanOrEqualTo(partitions);
        }
    }

    @org.junit.jupiter.api.Test
    void prodRunsThreeBrokersWithReplicationThreeAndTwoInSyncReplicas() throws Exception {
        var docs = render("prod");
        assertThat(ofKind(docs, "KafkaNodePool").getFirst().path("spec").path("replicas").asInt()).isEqualTo(3);
        JsonNode config = ofKind(docs, "Kafka").getFirst().path("spec").path("kafka").path("config");
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(ofKind(docs, "KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt())
                .isEqualTo(3));
    }

    @org.junit.jupiter.api.Test
    void everyServiceReadsTheTracingSettingsWhichExportOnlyWithTheTracingComponent(@TempDir Path tmp)
            throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            var docs = render(overlay);
            assertThat(tracingSetting(docs, "QUARKUS_OTEL_SDK_DISABLED")).as(overlay).isEqualTo("true");
            for (JsonNode workload : ofKind(docs, "Deployment", "StatefulSet")) {
                for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                    assertThat(container.path("envFrom").findValuesAsText("name")).as(name(workload))
                            .contains("cablestream-observability");
                }
            }
        }
        Files.writeString(tmp.resolve("kustomization.yaml"), "resources:\n  - "
                + tmp.relativize(HOME.resolve("deploy/k8s/overlays/prod")) + "\ncomponents:\n  - "
                + tmp.relativize(HOME.resolve("deploy/k8s/components/tracing")) + "\n");
        var traced = renderDirectory(tmp);
        assertThat(tracingSetting(traced, "QUARKUS_OTEL_SDK_DISABLED")).isEqualTo("false");
        assertThat(tracingSetting(traced, "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")).startsWith("http");
    }

    private static String tracingSetting(List<JsonNode> docs, String name) {
        return ofKind(docs, "ConfigMap").stream().filter(map -> name(map).equals("cablestream-observability"))
                .findFirst().orElseThrow().path("data").path(name).asText();
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        return renderDirectory(HOME.resolve("deploy/k8s/overlays").resolve(overlay));
    }

    private static List<JsonNode> renderDirectory(Path dir) throws IOException, InterruptedException {
        String overlay = dir.getFileName().toString();
        assumeTrue(Files.isDirectory(dir), "no overlay at " + dir);
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "kubectl is not installed; install it to check the Kubernetes manifests");
            throw e;
        }
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor()).as("kubectl kustomize %s:%n%s", overlay, yaml).isZero();
        var mapper = new ObjectMapper(new YAMLFactory());
        try (var parser = mapper.getFactory().createParser(yaml)) {
            return new ArrayList<>(mapper.readValues(parser, JsonNode.class).readAll());
        }
    }

    private static List<JsonNode> ofKind(List<JsonNode> docs, String... kinds) {
        var wanted = Set.of(kinds);
        return docs.stream().filter(d -> wanted.contains(d.path("kind").asText())).toList();
    }

    private static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
