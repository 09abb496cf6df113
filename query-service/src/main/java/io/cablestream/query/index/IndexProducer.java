package io.cablestream.query.index;

import io.cablestream.query.config.QueryConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import org.jboss.logging.Logger;

/**
 * Opens this replica's {@link CableIndex} in {@code cablestream.query.index-dir}, closes it at shutdown,
 * and provides the read models over it.
 */
@Singleton
public class IndexProducer {

    private static final Logger LOG = Logger.getLogger(IndexProducer.class);

    @Produces
    @Singleton
    CableIndex cableIndex(QueryConfig config) throws IOException {
        var index = CableIndex.open(Files.createDirectories(config.indexDir()));
        LOG.infof("Index %s opened with %d cables", config.indexDir().toAbsolutePath(), index.count());
        return index;
    }

    @Produces
    @Singleton
    CableSearch cableSearch(CableIndex index, QueryConfig config) {
        return new CableSearch(index, config.maxLimit());
    }

    @Produces
    @Singleton
    CableExport cableExport(CableIndex index, QueryConfig config) {
        return new CableExport(index, config.exportPageSize());
    }

    @Produces
    @Singleton
    CableLinks cableLinks(CableIndex index) {
        return new CableLinks(index);
    }

    @Produces
    @Singleton
    CableVersions cableVersions(CableIndex index) {
        return new CableVersions(index);
    }

    @Produces
    @Singleton
    CableStatistics cableStatistics(CableIndex index, CableSearch search) {
        return new CableStatistics(index, search);
    }

    void close(@Disposes CableIndex index) throws IOException {
        index.close();
    }
}
