package io.cablestream.contract.topic;

import io.cablestream.contract.stage.KafkaSecurity;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the contract's topics explicitly (brokers never auto-create them): each topic and its
 * dead-letter companion, the enriched topic compacted, room for big cables. Existing topics are
 * left as they are, so it is safe to run at every start.
 */
public final class TopicSetup {

    /** Largest record a topic accepts: big cables fit, runaway ones do not. */
    public static final String MAX_MESSAGE_BYTES = Integer.toString(16 * 1024 * 1024);

    private TopicSetup() {
    }

    /** Creates every topic of {@link Topics#allNames()} that does not exist yet. */
    public static void ensureContractTopics(String bootstrapServers, int partitions, Map<String, String> overrides) {
        ensure(bootstrapServers, Topics.allNames(), partitions, overrides);
    }

    /** Creates each of {@code names} that does not exist yet, with {@code partitions} partitions. */
    public static void ensure(String bootstrapServers, Collection<String> names, int partitions,
            Map<String, String> overrides) {
        Map<String, Object> settings = new HashMap<>(KafkaSecurity.fromEnvironment(System.getenv()));
        settings.putAll(overrides);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(settings)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, (short) 1).configs(configFor(name)))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names + " on " + bootstrapServers + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static Map<String, String> configFor(String name) {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                Topics.isCompacted(name) ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES);
    }
}
