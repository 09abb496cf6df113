package io.cablestream.parser.field;

import io.cablestream.parser.text.Lines;
import io.cablestream.parser.text.Search;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comment sections: text opened by {@code COMMENT:} (at a line or paragraph start, after a
 * parenthesis or a sentence) and closed by {@code END COMMENT}, or running to the end of its
 * paragraph; a line that is only {@code Comment} opens a section running to {@code END COMMENT}
 * or the end of the text. One pass over the text.
 */
public final class CommentsExtractor {

    private static final String WORD = "COMMENT";
    private static final Pattern BEFORE = Pattern.compile(
            "(?:^|\\n)[ \\t]*(?:\\d{1,3}\\s*\\.\\s*)?(?:\\([A-Za-z/ ]{1,12}\\)\\s*)?$|\\(\\s*$|[.:]\\s+$|--\\s*$");
    private static final Pattern AFTER = Pattern.compile("\\s*(?::|\\.|--|-)|[ \\t]*(?:\\n|$)");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n\\s*\\d{1,3}\\s*\\.\\s");
    private static final int CONTEXT = 24;
    private static final int LONGEST_COMMENT = 20000;

    private CommentsExtractor() {
    }

    /** The comment sections of the cleaned {@code text}, in order. */
    public static List<String> extract(String text) {
        List<String> comments = new ArrayList<>();
        NextClosing closing = new NextClosing(text);
        NextMatch paragraphEnd = new NextMatch(PARAGRAPH_END.matcher(text));
        Matcher before = BEFORE.matcher(text);
        Matcher after = AFTER.matcher(text);
        int at = Search.indexOfIgnoreCase(text, WORD, 0);
        while (at >= 0) {
            int wordEnd = at + WORD.length();
            if (!opensComment(text, at, wordEnd, before, after)) {
                at = Search.indexOfIgnoreCase(text, WORD, wordEnd);
                continue;
            }
            int start = after.end();
            boolean headingLine = after.group().indexOf('\n') >= 0 || after.end() == text.length();
            int limit = Math.min(text.length(), start + LONGEST_COMMENT);
            EndMarker close = closing.atOrAfter(start);
            int end;
            int next;
            if (close.start() < limit) {
                end = close.start();
                next = close.end();
            } else {
                end = headingLine ? limit : Math.min(limit, paragraphEnd.startAtOrAfter(start));
                next = end;
            }
            String comment = Lines.collapseWhitespace(text.substring(start, end));
            while (comment.endsWith("(") || comment.endsWith("-")) {
                comment = comment.substring(0, comment.length() - 1).strip();
            }
            if (!comment.isEmpty()) {
                comments.add(comment);
            }
            at = Search.indexOfIgnoreCase(text, WORD, Math.max(next, start));
        }
        return comments;
    }

    private static boolean opensComment(String text, int at, int wordEnd, Matcher before, Matcher after) {
        boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && (wordEnd == text.length() || !Character.isLetter(text.charAt(wordEnd)));
        if (!word || endsWithEnd(text, at)) {
            return false;
        }
        before.region(Math.max(0, at - CONTEXT), at);
        if (!before.find()) {
            return false;
        }
        after.region(wordEnd, text.length());
        return after.lookingAt();
    }

    private static boolean endsWithEnd(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 2 && text.regionMatches(true, i - 2, "END", 0, 3);
    }

    /** The next match of a pattern at or after a position that only moves forward, found once per match. */
    private static final class NextMatch {
        private final Matcher matcher;
        private int start = -1;

        NextMatch(Matcher matcher) {
            this.matcher = matcher;
        }

        /** Start of the first match at or after {@code position}, or {@link Integer#MAX_VALUE} when none. */
        int startAtOrAfter(int position) {
            if (start != Integer.MAX_VALUE && start < position) {
                if (matcher.find(position)) {
                    start = matcher.start();
                } else {
                    start = Integer.MAX_VALUE;
                }
            }
            return start;
        }
    }

    /** The next {@code END COMMENT} at or after a position that only moves forward, found once per marker. */
    private static final class NextClosing {
        private static final EndMarker NONE = new EndMarker(Integer.MAX_VALUE, Integer.MAX_VALUE);
        private final String text;
        private EndMarker next = new EndMarker(-1, -1);

        NextClosing(String text) {
            this.text = text;
        }

        /** The first marker starting at or after {@code position}, or one starting at {@link Integer#MAX_VALUE}. */
        EndMarker atOrAfter(int position) {
            if (next != NONE && next.start() < position) {
                next = EndMarker.find(text, WORD, position, text.length()).orElse(NONE);
            }
            return next;
        }
    }
}
