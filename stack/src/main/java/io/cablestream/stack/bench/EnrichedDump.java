package io.cablestream.stack.bench;

import io.cablestream.contract.topic.Topics;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies every committed record value of {@code cables.enriched.v1} into a file (each as a 4-byte
 * length and the bytes), so the index limit indexes exactly the documents the pipeline indexed.
 */
final class EnrichedDump {

    private EnrichedDump() {
    }

    static void write(String bootstrap, Path file) throws IOException {
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            TopicScan.forEach(bootstrap, Topics.ENRICHED.name(), record -> {
                if (record.value() != null) {
                    try {
                        out.writeInt(record.value().length);
                        out.write(record.value());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
    }
}
