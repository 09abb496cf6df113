package io.cablestream.ingest.progress;

import io.cablestream.contract.topic.Topics;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The downstream topics whose records ingest counts per import, and what reaching each one means. */
public enum Stage {
    PARSED("parsed", Topics.PARSED.name()),
    PARSE_FAILED("parse-failed", Topics.RAW.deadLetterName()),
    ENRICHED("enriched", Topics.ENRICHED.name()),
    ENRICH_FAILED("enrich-failed", Topics.PARSED.deadLetterName()),
    INDEX_FAILED("index-failed", Topics.ENRICHED.deadLetterName());

    private final String id;
    private final String topic;

    Stage(String id, String topic) {
        this.id = id;
        this.topic = topic;
    }

    /** The name used in events and reports, e.g. {@code parse-failed}. */
    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    /** Whether records on the topic are cables a stage gave up on (dead letters). */
    public boolean isFailure() {
        return id.endsWith("-failed");
    }

    public static List<String> topics() {
        return Arrays.stream(values()).map(Stage::topic).toList();
    }

    public static Optional<Stage> ofTopic(String topic) {
        return Arrays.stream(values()).filter(stage -> stage.topic.equals(topic)).findFirst();
    }

    public static Optional<Stage> ofId(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst();
    }
}
