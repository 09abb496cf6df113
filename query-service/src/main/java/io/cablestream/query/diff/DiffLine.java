package io.cablestream.query.diff;

/**
 * One line of a line diff.
 *
 * @param op {@code " "} for a line both texts have, {@code "-"} for one only the old text has,
 *     {@code "+"} for one only the new text has
 * @param text the line, without line break
 */
public record DiffLine(String op, String text) {

    static final String SAME = " ";
    static final String REMOVED = "-";
    static final String ADDED = "+";
}
