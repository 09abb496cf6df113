package io.cablestream.contract.event;

/**
 * Metadata delivered beside a cable's text (a CSV row's columns, a WikiLeaks page's table, a JSON
 * request's fields). The parser uses it and cross-checks it against what the text says.
 *
 * @param referenceId reference ID as given by the source
 * @param created creation date-time as given (ISO-8601 when known)
 * @param classification classification as given, e.g. {@code CONFIDENTIAL//NOFORN}
 * @param origin origin post as given, e.g. {@code Embassy Moscow}
 */
public record SourceMetadata(String referenceId, String created, String classification, String origin) {
}
