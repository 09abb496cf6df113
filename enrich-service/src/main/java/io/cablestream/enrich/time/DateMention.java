package io.cablestream.enrich.time;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A date or period written in a paragraph, resolved to calendar dates; written by {@link DateMentionJson}.
 *
 * @param paragraph the paragraph's 1-based position in the cable's {@code paragraphs} (numbered or not)
 * @param start offset of the first character in the paragraph's text
 * @param end offset after the last character
 * @param text the words as written, line breaks as spaces
 * @param from first day of the period, ISO-8601 ({@code 2007-07-27})
 * @param to last day of the period, ISO-8601; equal to {@code from} for a single day
 * @param precision {@code day}, {@code week}, {@code month} or {@code year}
 */
@JsonSerialize(using = DateMentionJson.class)
public record DateMention(int paragraph, int start, int end, String text, String from, String to, String precision) {
}
