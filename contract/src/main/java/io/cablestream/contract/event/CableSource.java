package io.cablestream.contract.event;

/**
 * Where a cable came from: a file (or HTTP request) name and the position inside it.
 *
 * @param name file name, archive entry or {@code http} for a request body
 * @param position human-readable position inside the source, e.g. {@code line 1204} or {@code entry 3}
 */
public record CableSource(String name, String position) {
}
