package io.cablestream.query.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * How the feeder's index writers (cables and version history) are set up for a stream of
 * cable-sized documents: a 64 MB buffer (the default 16 MB flushed every few hundred cables when
 * catching up), and no compound files, which would copy every flushed and merged segment once more
 * into a single file; a segment costs a few more open files instead.
 */
final class IndexWriterSettings {

    private static final double RAM_BUFFER_MB = 64;

    private IndexWriterSettings() {
    }

    static IndexWriterConfig feeding(Analyzer analyzer) {
        var mergePolicy = new TieredMergePolicy();
        mergePolicy.setNoCFSRatio(0);
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy);
    }
}
