package io.cablestream.query.rest.export;

import io.cablestream.query.index.CableExport;
import java.io.IOException;

/** Writes exported cables onto a stream in one format; {@link #finish()} flushes what is buffered. */
public interface CableWriter extends CableExport.CableSink {

    void finish() throws IOException;
}
