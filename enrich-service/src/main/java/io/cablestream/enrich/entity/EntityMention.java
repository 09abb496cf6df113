package io.cablestream.enrich.entity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an entity is named: a paragraph and character offsets in that paragraph's text.
 *
 * @param paragraph the paragraph's 1-based position in the cable's {@code paragraphs} (numbered or not)
 * @param start offset of the first character in the paragraph's text
 * @param end offset after the last character
 * @param text the words as written, line breaks as spaces
 * @param title for a person, the title written with the name here ("PDAS", "FM"), if any
 */
public record EntityMention(int paragraph, int start, int end, String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String title) {
}
