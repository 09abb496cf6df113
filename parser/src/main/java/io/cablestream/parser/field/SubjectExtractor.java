package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.parser.text.Lines;
import java.util.List;
import java.util.Optional;

/**
 * The SUBJECT line, joined into one line when it runs over several; for a cable without one, a
 * stand-in made of its first paragraph's heading or opening words.
 */
public final class SubjectExtractor {

    static final int LONGEST_STAND_IN = 100;

    private SubjectExtractor() {
    }

    /** The subject in {@code preamble}, when written. */
    public static Optional<String> extract(Preamble preamble) {
        return preamble.field(Preamble.Label.SUBJECT).map(Lines::collapseWhitespace).filter(s -> !s.isEmpty());
    }

    /**
     * The first paragraph's heading (unless it is just SUMMARY), else its first sentence after any
     * heading, cut at a word within {@value #LONGEST_STAND_IN} characters.
     */
    public static Optional<String> fromOpeningSentence(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Paragraph first = paragraphs.get(0);
        if (first.heading() != null && !first.heading().equalsIgnoreCase("SUMMARY")) {
            return Optional.of(first.heading());
        }
        String text = Lines.collapseWhitespace(first.text());
        if (first.heading() != null && text.regionMatches(true, 0, first.heading(), 0, first.heading().length())) {
            int start = first.heading().length();
            while (start < text.length() && " :.-".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            text = text.substring(start);
        }
        int sentenceEnd = text.indexOf(". ");
        String sentence = sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text;
        if (sentence.length() > LONGEST_STAND_IN) {
            int cut = sentence.lastIndexOf(' ', LONGEST_STAND_IN);
            sentence = sentence.substring(0, cut > 0 ? cut : LONGEST_STAND_IN) + " …";
        }
        return sentence.isBlank() ? Optional.empty() : Optional.of(sentence);
    }
}
