package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.SourceMetadata;

/**
 * One cable as found in an input file, before parsing.
 *
 * @param text the cable's own text exactly as it appears in the file (a CSV record, an HTML page,
 *             a seed export, a telegram), ready to be stored as {@code RawCable.text}
 * @param metadata metadata that came beside the text (CSV columns, HTML table, seed header), or {@code null}
 * @param format the concrete format of {@code text} (never {@link InputFormat#AUTO})
 * @param source the file name and the position of the entry inside it
 */
public record CableInput(String text, SourceMetadata metadata, InputFormat format, CableSource source)
        implements ReadEntry {
}
