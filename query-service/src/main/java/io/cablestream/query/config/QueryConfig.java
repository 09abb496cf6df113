package io.cablestream.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of query-service ({@code cablestream.query.*}); the broker comes from {@code kafka.bootstrap.servers}. */
@ConfigMapping(prefix = "cablestream.query")
public interface QueryConfig {

    /**
     * Directory of this replica's Lucene index. Created when missing; delete it to rebuild the
     * index from the start of {@code cables.enriched.v1}.
     */
    @WithDefault("data/query-index")
    Path indexDir();

    /**
     * How often the feeder makes the index durable (a Lucene commit carrying the Kafka offsets).
     * A crash replays at most this much of the topic; searches see new cables sooner, after each batch.
     */
    @WithDefault("5s")
    Duration commitInterval();

    /** Largest page a search may ask for with {@code limit}; more results are reached with {@code cursor}. */
    @WithDefault("500")
    int maxLimit();

    /**
     * How many matches an export locates per pass over the index. Larger pages mean fewer passes over
     * big result lists and more memory per running export.
     */
    @WithDefault("1000")
    int exportPageSize();

    /** The live feed of newly indexed cables ({@code GET /cables/live}). */
    Live live();

    /** Settings of the live feed. */
    interface Live {

        /**
         * How often an idle subscription gets a comment line, which keeps proxies from closing the
         * connection and lets the service notice clients that went away.
         */
        @WithDefault("15s")
        Duration heartbeat();

        /**
         * How many events may wait unsent for one subscriber; a subscriber that falls this far behind
         * is disconnected (it may subscribe again) so that a slow client cannot grow the service's memory.
         */
        @WithDefault("1000")
        int maxPending();
    }

    /** ingest-service, whose import progress {@code GET /imports} relays to the web UI. */
    IngestService ingestService();

    /** Where import progress comes from. */
    interface IngestService {

        /** Base URL of ingest-service, e.g. {@code http://localhost:8081}; without it {@code GET /imports} answers 503. */
        Optional<URI> url();

        /** How long to wait for ingest's answer before answering 504. */
        @WithDefault("5s")
        Duration timeout();
    }

    /** Looking up the text of a cable as received ({@code GET /cables/{id}/original}). */
    Original original();

    /** Settings of the original-text lookup on {@code cables.raw.v1}. */
    interface Original {

        /**
         * How many records of the reference ID's partition a lookup of a version whose event carries no raw
         * position reads at most, going back from the time the version was enriched; a bulk import enriched
         * long after it was stored needs more. Versions with a position are read with one seek.
         */
        @WithDefault("200000")
        int scanLimit();
    }

    /** Extra Kafka client settings (e.g. security) for the feeder's consumer and dead-letter producer, passed through unchanged. */
    @WithName("kafka")
    Map<String, String> kafkaOverrides();
}
