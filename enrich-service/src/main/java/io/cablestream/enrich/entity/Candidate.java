package io.cablestream.enrich.entity;

/**
 * A possible mention in one paragraph: tokens {@code [from, to)} name an entity of {@code type}. Stronger
 * evidence wins over weaker when candidates overlap, after length.
 *
 * @param from index of the first token
 * @param to index after the last token
 * @param type what the tokens name
 * @param strength 3 for direct evidence (a title, a given name, a dictionary entry), 2 for patterns, 1 for
 *     names seen elsewhere in the cable
 * @param title the title written with a person's name ("PDAS", "Deputy Director"), or {@code null}
 */
public record Candidate(int from, int to, EntityType type, int strength, String title) {

    public int length() {
        return to - from;
    }

    public boolean overlaps(Candidate other) {
        return from < other.to && other.from < to;
    }
}
