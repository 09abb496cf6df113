package io.cablestream.ingest.read;

import io.cablestream.contract.event.SourceMetadata;

/**
 * One cable sent as JSON ({@code POST /cables} with {@code application/json}, or one line of NDJSON).
 *
 * @param text the cable's text (required)
 * @param format {@code auto} (default), {@code seed}, {@code html}, {@code csv} or {@code text}
 * @param source where the text came from, e.g. a file name or URL; defaults to the request
 * @param metadata metadata known beside the text (reference ID, created, classification, origin)
 */
public record CableSubmission(String text, String format, String source, SourceMetadata metadata) {
}
