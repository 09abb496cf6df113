package io.cablestream.enrich.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a paragraph writes and resolves them against the day the cable was written: full dates
 * ("February 13, 2007"), days without a year ("July 27", "27 July", "on 1/18") in the year that puts them
 * nearest the cable, ranges ("August 20-21", "August 20 - September 2"), months ("September 2005",
 * "in September"), years ("since 2001"), weekdays ("on Friday" is the last Friday before the cable) and
 * relative days and periods ("yesterday", "last week", "next month").
 */
public final class DateFinder {

    private static final String MONTH = "\\b(" + months("Jan(?:uary)?", "Feb(?:ruary)?", "Mar(?:ch)?", "Apr(?:il)?", "May",
            "June?", "July?", "Aug(?:ust)?", "Sep(?:t(?:ember)?)?", "Oct(?:ober)?", "Nov(?:ember)?", "Dec(?:ember)?") + ")\\.?";
    private static final String FULL_MONTH = "(" + months("January", "February", "March", "April", "June", "July",
            "August", "September", "October", "November", "December") + ")";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19[4-9]|20[0-3])\\d)";
    private static final String DASH = "\\s*(?:-|–|to|through)\\s*";
    private static final String WEEKDAY = "(" + months("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday") + ")";
    private static final String MONTH_CUE = "(?<=\\b(?:in|In|since|until|by|from|during|early|late|next|last|this|of|before"
            + "|after)\\s{1,3}|\\bmid-)";
    private static final String YEAR_CUE = "(?<=\\b(?:in|In|since|Since|until|by|from|during|early|late|of|before|after)"
            + "\\s{1,3}|\\bmid-)";

    /** A pattern and how to resolve its matches; {@code anchored} rules need the cable's date. */
    private record Rule(Pattern pattern, BiFunction<DateFinder, Matcher, Period> resolve, boolean anchored) {
    }

    /** A resolved period; {@code null} when the match is not a real date (e.g. "February 30"). */
    private record Period(LocalDate from, LocalDate to, String precision) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Words a date can hang on; the rules only run around them. */
    private static final List<String> MONTH_WORDS = List.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");
    private static final List<String> WEEKDAY_WORDS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> RELATIVE_DAY_WORDS = List.of("today", "yesterday", "tomorrow");
    private static final List<String> ANCHOR_WORDS = java.util.stream.Stream.of(MONTH_WORDS, WEEKDAY_WORDS,
            RELATIVE_DAY_WORDS, List.of("week", "month", "year")).flatMap(List::stream).toList();
    private static final List<String>[] ANCHORS = anchors();
    private static final boolean[] ANCHOR_OPENINGS = anchorOpenings();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_DATE_LENGTH = 48;

    private static final List<Rule> RULES = List.of(
                stated(MONTH + "\\s+" + DAY + DASH + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR,
                        (f, m) -> range(day(year(m, 5), m.group(1), m.group(2)), day(year(m, 5), m.group(3), m.group(4)))),
                rule(MONTH + "\\s+" + DAY + DASH + MONTH + "\\s+" + DAY + "\\b",
                        (f, m) -> range(f.near(m.group(1), m.group(2)), f.near(m.group(3), m.group(4)))),
                stated(MONTH + "\\s+" + DAY + DASH + DAY + ",?\\s+" + YEAR,
                        (f, m) -> range(day(year(m, 4), m.group(1), m.group(2)), day(year(m, 4), m.group(1), m.group(3)))),
                rule(MONTH + "\\s+" + DAY + DASH + DAY + "\\b",
                        (f, m) -> range(f.near(m.group(1), m.group(2)), f.near(m.group(1), m.group(3)))),
                stated("\\b" + DAY + DASH + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR,
                        (f, m) -> range(day(year(m, 4), m.group(3), m.group(1)), day(year(m, 4), m.group(3), m.group(2)))),
                stated(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, (f, m) -> single(day(year(m, 3), m.group(1), m.group(2)))),
                stated("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR, (f, m) -> single(day(year(m, 3), m.group(2), m.group(1)))),
                rule(MONTH + "\\s+" + DAY + "\\b(?![,.]?\\d)", (f, m) -> single(f.near(m.group(1), m.group(2)))),
                rule("\\b" + DAY + "\\s+" + MONTH + "\\b", (f, m) -> single(f.near(m.group(2), m.group(1)))),
                stated(MONTH + ",?\\s+" + YEAR, (f, m) -> month(YearMonth.of(year(m, 2), month(m.group(1))))),
                rule(MONTH_CUE + FULL_MONTH + "\\b", (f, m) -> month(f.nearMonth(m.group(1)))),
                rule("(?<=\\bon\\s{1,3}|\\(|,\\s{1,3})(\\d{1,2})/(\\d{1,2})\\b(?!/)",
                        (f, m) -> single(f.near(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))),
                stated("\\b" + YEAR + DASH + YEAR + "\\b", (f, m) -> years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
                stated(YEAR_CUE + YEAR + "\\b(?![-/]\\d)", (f, m) -> years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1)))),
                rule("(?:\\b(last|next|this)\\s+|(?<=\\bon\\s{1,3}))" + WEEKDAY + "\\b|" + WEEKDAY + "(?=[’']s\\b)",
                        DateFinder::weekday),
                rule("(?i)\\b(today|yesterday|tomorrow)\\b", DateFinder::relativeDay),
                rule("(?i)\\b(last|next|this|past)\\s+(week|month|year)\\b", DateFinder::relativePeriod));

    /** The rules by the first character of their matches: see {@link #rulesStartingWith(char)}. */
    private static final int MONTH_RULES = bits(0, 1, 2, 3, 5, 7, 9, 10);
    private static final int DIGIT_RULES = bits(4, 6, 8, 11, 12, 13);
    private static final int WEEKDAY_RULES = bits(14);
    private static final int RELATIVE_DAY_RULES = bits(15);
    private static final int RELATIVE_PERIOD_RULES = bits(16);
    private static final Map<String, Integer> RULES_BY_WORD = rulesByWord();

    private final LocalDate written;

    /** A finder for a cable written on {@code written}; when that is {@code null}, only dates that state their year resolve. */
    public DateFinder(LocalDate written) {
        this.written = written;
    }

    /**
     * Every date written in {@code text}, left to right, longest reading first; overlapping matches are dropped.
     * A date starts at a word a date can hang on (a month or day name, a relative word, a year from 1940 to 2039,
     * a day/month number) or at one of the two words before it, so the rules are only tried there.
     */
    public List<DateMention> find(int paragraph, String text) {
        List<DateMention> found = new ArrayList<>();
        int[] starts = candidateStarts(text);
        if (starts.length == 0) {
            return found;
        }
        int[] rules = new int[starts.length];
        for (int s = 0; s < starts.length; s++) {
            rules[s] = rulesStartingWith(text, starts[s]);
        }
        boolean[] taken = new boolean[text.length() + 1];
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            if (rule.anchored() && written == null) {
                continue;
            }
            Matcher matcher = null;
            for (int s = 0; s < starts.length; s++) {
                if ((rules[s] & (1 << r)) == 0) {
                    continue;
                }
                if (matcher == null) {
                    matcher = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(starts[s], Math.min(text.length(), starts[s] + MAX_DATE_LENGTH));
                if (matcher.lookingAt() && !isTaken(taken, matcher.start(), matcher.end())) {
                    add(rule, matcher, taken, paragraph, found);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * The rules (bits of their index in {@link #RULES}) whose matches can start with the word at {@code start}: the
     * digit rules at a number, the others only at the words their patterns begin with (a month, a weekday, a
     * relative word), compared ignoring case.
     */
    private static int rulesStartingWith(String text, int start) {
        if (Character.isDigit(text.charAt(start))) {
            return DIGIT_RULES;
        }
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        if (end - start < 3 || end - start > 9) {
            return 0;
        }
        Integer rules = RULES_BY_WORD.get(text.substring(start, end).toLowerCase(Locale.ROOT));
        return rules == null ? 0 : rules;
    }

    /** The first words of the non-digit rules, lower case, with the rules that can start with each. */
    private static Map<String, Integer> rulesByWord() {
        Map<String, Integer> byWord = new java.util.HashMap<>();
        MONTH_WORDS.forEach(month -> byWord.merge(month, MONTH_RULES, (a, b) -> a | b));
        java.util.stream.Stream.concat(WEEKDAY_WORDS.stream(), java.util.stream.Stream.of("last", "next", "this"))
                .forEach(word -> byWord.merge(word, WEEKDAY_RULES, (a, b) -> a | b));
        RELATIVE_DAY_WORDS.forEach(word -> byWord.merge(word, RELATIVE_DAY_RULES, (a, b) -> a | b));
        List.of("last", "next", "this", "past").forEach(word -> byWord.merge(word, RELATIVE_PERIOD_RULES, (a, b) -> a | b));
        return Map.copyOf(byWord);
    }

    private void add(Rule rule, Matcher matcher, boolean[] taken, int paragraph, List<DateMention> found) {
        Period period = resolve(rule, matcher, this);
        if (period == null) {
            return;
        }
        for (int i = matcher.start(); i < matcher.end(); i++) {
            taken[i] = true;
        }
        found.add(new DateMention(paragraph, matcher.start(), matcher.end(),
                WHITESPACE.matcher(matcher.group()).replaceAll(" "), period.from().toString(), period.to().toString(),
                period.precision()));
    }

    /** The starts of the anchor words of {@code text} and of the two words before each, in order, once each. */
    private static int[] candidateStarts(String text) {
        int[] wordStarts = new int[16];
        int words = 0;
        int[] starts = new int[16];
        int count = 0;
        int added = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (words == wordStarts.length) {
                wordStarts = java.util.Arrays.copyOf(wordStarts, words * 2);
            }
            wordStarts[words++] = i;
            if (isAnchor(text, i, end)) {
                for (int k = Math.max(added, words - 3); k < words; k++) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = wordStarts[k];
                }
                added = words;
            }
            i = end;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    private static boolean isAnchor(String text, int start, int end) {
        int length = end - start;
        char first = text.charAt(start);
        if (Character.isDigit(first)) {
            boolean year = length == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
            boolean dayMonth = length <= 2 && end < text.length() && text.charAt(end) == '/';
            return year || dayMonth;
        }
        if (length < 3 || length > 9) {
            return false;
        }
        char lower = Character.toLowerCase(first);
        char second = Character.toLowerCase(text.charAt(start + 1));
        if (lower < 'a' || lower > 'z' || second < 'a' || second > 'z' || !ANCHOR_OPENINGS[26 * (lower - 'a') + second - 'a']) {
            return false;
        }
        for (String anchor : ANCHORS[lower - 'a']) {
            if (anchor.length() == length && text.regionMatches(true, start, anchor, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** The anchor words by first letter ({@code a} to {@code z}). */
    @SuppressWarnings("unchecked")
    private static List<String>[] anchors() {
        List<String>[] byLetter = new List[26];
        java.util.Arrays.setAll(byLetter, letter -> new ArrayList<>());
        ANCHOR_WORDS.forEach(word -> byLetter[word.charAt(0) - 'a'].add(word));
        return byLetter;
    }

    /** Which pairs of first two letters ({@code 26 * first + second}) the anchor words start with. */
    private static boolean[] anchorOpenings() {
        boolean[] openings = new boolean[26 * 26];
        ANCHOR_WORDS.forEach(word -> openings[26 * (word.charAt(0) - 'a') + word.charAt(1) - 'a'] = true);
        return openings;
    }


    private static int bits(int... indexes) {
        int bits = 0;
        for (int index : indexes) {
            bits |= 1 << index;
        }
        return bits;
    }

    private static Rule rule(String regex, BiFunction<DateFinder, Matcher, Period> resolve) {
        return new Rule(Pattern.compile(regex), resolve, true);
    }

    private static Rule stated(String regex, BiFunction<DateFinder, Matcher, Period> resolve) {
        return new Rule(Pattern.compile(regex), resolve, false);
    }

    /** Names as cables write them: capitalized or all upper case. */
    private static String months(String... names) {
        var alternatives = new StringBuilder();
        for (String name : names) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(name).append('|').append(name.toUpperCase(Locale.ROOT));
        }
        return alternatives.toString();
    }

    private static Period resolve(Rule rule, Matcher matcher, DateFinder finder) {
        try {
            return rule.resolve().apply(finder, matcher);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate day(int year, String month, String day) {
        return LocalDate.of(year, month(month), Integer.parseInt(day));
    }

    /** The day {@code month day} in the year, around the cable's, that is nearest the cable's date. */
    private LocalDate near(String month, String day) {
        return near(month(month), Integer.parseInt(day));
    }

    private LocalDate near(int month, int day) {
        LocalDate best = null;
        for (int year = written.getYear() - 1; year <= written.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, day);
            if (best == null || distance(candidate) < distance(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private YearMonth nearMonth(String month) {
        LocalDate mid = near(month(month), 15);
        return YearMonth.from(mid);
    }

    private long distance(LocalDate date) {
        return Math.abs(date.toEpochDay() - written.toEpochDay());
    }

    private static Period single(LocalDate day) {
        return new Period(day, day, "day");
    }

    private static Period range(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? null : new Period(from, to, "day");
    }

    private static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), "month");
    }

    private static Period years(int from, int to) {
        return to < from ? null : new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), "year");
    }

    private Period weekday(Matcher m) {
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2) != null ? m.group(2) : m.group(3);
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        LocalDate date = which.equals("next") ? written.with(TemporalAdjusters.next(day))
                : which.equals("this") ? written.with(TemporalAdjusters.nextOrSame(day))
                : written.with(TemporalAdjusters.previousOrSame(day));
        return single(date);
    }

    private Period relativeDay(Matcher m) {
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> single(written.minusDays(1));
            case "tomorrow" -> single(written.plusDays(1));
            default -> single(written);
        };
    }

    private Period relativePeriod(Matcher m) {
        int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "week" -> {
                LocalDate monday = written.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(monday, monday.plusDays(6), "week");
            }
            case "month" -> month(YearMonth.from(written).plusMonths(shift));
            default -> years(written.getYear() + shift, written.getYear() + shift);
        };
    }
}
