package io.cablestream.parser;

import io.cablestream.contract.event.CableSource;

/**
 * An entry of an input file that could not be read as a cable.
 *
 * @param where the file name and the position of the entry
 * @param reason what is wrong and how to fix it
 */
public record Rejection(CableSource where, String reason) implements ReadEntry {
}
