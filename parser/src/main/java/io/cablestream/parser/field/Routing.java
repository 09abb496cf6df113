package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.RoutingHeader;

/**
 * What a routing header says: the header itself plus the details that identify the cable.
 *
 * @param header the routing header as published
 * @param stationIndicator routing indicator of the sending station from the {@code DE} line, e.g. {@code RUEHMO}
 * @param serial the serial from the {@code DE} line ({@code #3804/01} → {@code 3804}), or {@code null}
 * @param classificationLevel level from the {@code ZNY CCCCC} line, or {@code null}
 */
public record Routing(RoutingHeader header, String stationIndicator, String serial, String classificationLevel) {

    /** No routing header at all. */
    public static final Routing NONE = new Routing(null, null, null, null);

    /** The sending station's name from the {@code FM} line, e.g. {@code AMEMBASSY MOSCOW}, or {@code null}. */
    public String fromName() {
        return header == null || header.from() == null ? null : header.from().name();
    }
}
