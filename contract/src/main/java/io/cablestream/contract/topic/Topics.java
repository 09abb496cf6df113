package io.cablestream.contract.topic;

import io.cablestream.contract.event.CableVersion;
import io.cablestream.contract.event.EnrichedCable;
import io.cablestream.contract.event.ImportEvent;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.event.RawCable;
import java.util.List;
import java.util.stream.Stream;

/**
 * Registry of every topic the services use; each name is written here once.
 * Every topic has a dead-letter companion ({@link Topic#deadLetterName()}) holding the records
 * that the consuming stage rejected, byte for byte, with the reason in headers.
 */
public final class Topics {

    /** Cables as accepted by ingest. The system of record. */
    public static final Topic<RawCable> RAW = new Topic<>(
            "cables.raw.v1", RawCable.class, "io.cablestream.cable.raw.v1", "/schemas/raw-cable.v1.json");

    /** Cables broken into fields by parse-service. */
    public static final Topic<ParsedCable> PARSED = new Topic<>(
            "cables.parsed.v1", ParsedCable.class, "io.cablestream.cable.parsed.v1", "/schemas/parsed-cable.v1.json");

    /** Parsed cables with annotations from enrich-service; compacted by reference ID. */
    public static final Topic<EnrichedCable> ENRICHED = new Topic<>(
            "cables.enriched.v1", EnrichedCable.class, "io.cablestream.cable.enriched.v1",
            "/schemas/enriched-cable.v1.json");

    public static final List<Topic<?>> ALL = List.of(RAW, PARSED, ENRICHED);

    /**
     * Progress of every import (headers, per-file reports, per-stage counts), written and read by
     * ingest-service; compacted. Keys are not reference IDs but {@link ImportEvent#key()}.
     */
    public static final Topic<ImportEvent> IMPORTS = new Topic<>(
            "cables.imports.v1", ImportEvent.class, "io.cablestream.import.v1", "/schemas/import-event.v1.json");

    /**
     * Every cable version ingest stored, keyed by content hash; compacted. Ingest replicas read it at
     * start to recognise re-sent cables.
     */
    public static final Topic<CableVersion> VERSIONS = new Topic<>(
            "cables.versions.v1", CableVersion.class, "io.cablestream.cable.version.v1",
            "/schemas/cable-version.v1.json");

    /** Ingest's own state topics: no dead-letter companions; ingest-service creates them when missing. */
    public static final List<Topic<?>> INGEST_STATE = List.of(IMPORTS, VERSIONS);

    private Topics() {
    }

    /** Every topic name, dead-letter topics included: what must exist before the services start. */
    public static List<String> allNames() {
        return ALL.stream().flatMap(t -> Stream.of(t.name(), t.deadLetterName())).toList();
    }

    /** Whether records of the named topic are compacted by key rather than deleted by age. */
    public static boolean isCompacted(String name) {
        return name.equals(ENRICHED.name()) || INGEST_STATE.stream().anyMatch(t -> t.name().equals(name));
    }
}
