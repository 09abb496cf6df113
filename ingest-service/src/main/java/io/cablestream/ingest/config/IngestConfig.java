package io.cablestream.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of ingest-service ({@code cablestream.ingest.*}). */
@ConfigMapping(prefix = "cablestream.ingest")
public interface IngestConfig {

    /** How long a request waits for the broker to acknowledge its records before answering 503. */
    @WithDefault("15s")
    Duration ackTimeout();

    /** Seconds a client is told to wait (Retry-After) when the broker is unreachable. */
    @WithDefault("10")
    int retryAfterSeconds();

    /** Largest single cable accepted, in bytes; larger ones are refused (413 for a single cable, a rejection in a batch). */
    @WithDefault("4194304")
    int maxCableBytes();

    /**
     * Largest file that is read whole (a text, HTML or seed file, one archive entry); CSV and NDJSON
     * are streamed record by record and have no such limit.
     */
    @WithDefault("67108864")
    long maxFileBytes();

    /** Most rejections listed per file in an import's report; all of them are counted. */
    @WithDefault("200")
    int maxListedRejections();

    /** Uploads received at once by this replica (one Kafka transaction each); more wait, then get 503. */
    @WithDefault("4")
    int maxConcurrentUploads();

    /** Cables of an upload sent in one transaction at most: its records are confirmed (committed) at this count. */
    @WithDefault("2000")
    int maxInFlight();

    /** How often a file being received commits what it sent and publishes its progress. */
    @WithDefault("1s")
    Duration progressInterval();

    /** An import not done and unchanged for this long is reported as {@code stalled}. */
    @WithDefault("2m")
    Duration stallAfter();

    /** Partitions of ingest's state topics ({@code cables.imports.v1}, {@code cables.versions.v1}) when ingest creates them. */
    @WithDefault("3")
    int statePartitions();

    /** Limits that refuse hostile archives. */
    Archive archive();

    /** The inbox folder watched for files to import. */
    Inbox inbox();

    /** Where the count of indexed cables per import comes from. */
    QueryService queryService();

    /** Extra Kafka client settings (e.g. security), passed through unchanged. */
    @WithName("kafka")
    Map<String, String> kafkaOverrides();

    /** Limits of archives ({@code .zip}, {@code .tar}, {@code .tar.gz}, {@code .7z}); an archive breaking one is refused whole. */
    interface Archive {

        /** Most entries an archive may hold. */
        @WithDefault("1000000")
        int maxEntries();

        /** Largest uncompressed entry, in bytes. */
        @WithDefault("4294967296")
        long maxEntryBytes();

        /** Largest uncompressed total of all entries, in bytes. */
        @WithDefault("17179869184")
        long maxTotalBytes();

        /**
         * Highest compression ratio (uncompressed / compressed) of the archive as a whole and of any
         * entry larger than 1 MiB; higher means a zip bomb.
         */
        @WithDefault("100")
        int maxRatio();
    }

    /** The inbox: files dropped there are imported once, then moved to {@code done/} or {@code failed/}. */
    interface Inbox {

        /** The folder to watch; no inbox when unset. */
        Optional<Path> path();

        /** How often the folder is scanned. */
        @WithDefault("2s")
        Duration pollInterval();

        /** A file is taken only once its size and modification time have not changed for this long. */
        @WithDefault("1s")
        Duration settleTime();

        /**
         * The collection the inbox imports into. Whoever can write to the folder can import, so give the
         * inbox a collection of its own when readers of other collections must not see its cables.
         */
        @WithDefault("default")
        String collection();
    }

    /** query-service, asked how many cables of an import are indexed. */
    interface QueryService {

        /** Base URL, e.g. {@code http://localhost:8080}; without it the indexed count is reported unknown. */
        Optional<URI> url();

        /**
         * Token sent when ingest asks outside a request (imports from the inbox); requests forward their
         * caller's token. Needs the ingest role and the collections of the imports to count.
         */
        Optional<String> token();

        /** How long to wait for its answer before reporting the indexed count unknown. */
        @WithDefault("1s")
        Duration timeout();
    }
}
