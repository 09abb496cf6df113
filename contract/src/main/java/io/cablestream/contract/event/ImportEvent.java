package io.cablestream.contract.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fact about an import batch, published on {@code cables.imports.v1} (compacted). Each kind
 * replaces the previous record of the same key, so the topic always holds the latest state of every
 * import: its header ({@link ImportHeader}), one cumulative report per received file
 * ({@link ImportPartReport}) and one cumulative count per downstream stage and partition
 * ({@link ImportStageCount}). Any ingest replica rebuilds every import's progress by reading it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ImportHeader.class, name = "import"),
        @JsonSubTypes.Type(value = ImportPartReport.class, name = "part"),
        @JsonSubTypes.Type(value = ImportStageCount.class, name = "stage")})
public sealed interface ImportEvent permits ImportHeader, ImportPartReport, ImportStageCount {

    /** The import this fact belongs to. */
    String importId();

    /** The record key: the import ID, then what the fact is about. */
    String key();
}
