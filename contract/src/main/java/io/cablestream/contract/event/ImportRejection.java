package io.cablestream.contract.event;

/**
 * One entry of an import that was not accepted.
 *
 * @param source the file (or archive entry, as {@code archive.zip!/path/entry}) and the position in it
 * @param reason what is wrong and how to fix it
 */
public record ImportRejection(CableSource source, String reason) {
}
