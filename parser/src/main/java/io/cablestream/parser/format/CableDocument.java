package io.cablestream.parser.format;

import io.cablestream.contract.event.SourceMetadata;

/**
 * A cable taken out of its container format: the metadata that came with it, the telegram's routing
 * header and its body text, all as plain text. Field extraction works on this, whatever the format.
 *
 * @param metadata metadata from the container (seed header, HTML table, CSV columns), or {@code null}
 * @param routingHeader the routing header block ({@code VZCZC…} to the recipients), or empty when absent
 * @param body the telegram text after the routing header, not yet cleaned
 * @param title the container's title for the cable (seed "Cable title", HTML heading), or {@code null}
 */
public record CableDocument(SourceMetadata metadata, String routingHeader, String body, String title) {
}
