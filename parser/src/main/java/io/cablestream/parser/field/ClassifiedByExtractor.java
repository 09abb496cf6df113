package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.ClassifiedBy;
import io.cablestream.parser.text.Lines;
import io.cablestream.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Classified By" line, possibly over two lines: who classified the cable (name and title,
 * e.g. {@code Daniel A. Russell}, {@code CDA}) and the reasons ({@code 1.4 (B/D)} gives
 * {@code 1.4(b)} and {@code 1.4(d)}).
 */
public final class ClassifiedByExtractor {

    private static final Pattern REASONS_START = Pattern.compile(
            "(?i)[,;.]?\\s*(?:\\bfor\\s+)?(?:\\breasons?\\b|\\be\\.?\\s?o\\.?\\s*1\\d{4}|\\b1\\s*[./:]\\s*[4-6]\\b)");
    private static final Pattern REASON_NUMBER = Pattern.compile("\\b1\\s*[./:]\\s*([4-6])");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "(?i)^(?:[:.,\\s]+|classified\\s+(?:confidential\\s+|secret\\s+)?by\\b\\s*:?\\s*)+");
    private static final Set<String> TITLE_WORDS = Set.of("AMBASSADOR", "AMB", "CHARGE", "D'AFFAIRES", "CDA", "DCM",
            "DEPUTY", "CHIEF", "OF", "MISSION", "POLITICAL", "ECONOMIC", "ECON", "POL", "COUNSELOR", "COUNSELLOR",
            "MINISTER", "MINISTER-COUNSELOR", "POLCOUNS", "ECONCOUNS", "POLOFF", "ECONOFF", "OFFICER", "CONSUL",
            "GENERAL", "PRINCIPAL", "ACTING", "DIRECTOR", "ASSISTANT", "SECRETARY", "UNDER", "DAS", "PDAS", "SECTION",
            "HEAD", "THE", "FOR", "AND", "AFFAIRS", "PUBLIC", "MANAGEMENT", "RSO", "REGIONAL", "SECURITY", "CG",
            "DEPARTMENT", "STATE", "OFFICE", "SENIOR", "ADVISOR", "ADVISER", "COORDINATOR", "SPECIAL", "REPRESENTATIVE",
            "ENVOY", "DEFENSE", "ATTACHE", "MILITARY", "INTERIM", "A.I.", "CONSUL-GENERAL", "EAP", "EUR", "NEA", "WHA",
            "SCA", "ISN", "INR", "AF", "IO", "PM", "EEB", "DRL", "POLITICAL-MILITARY", "MINISTER-COUNSELLOR",
            "COUNSELOR,", "ECONOMICS", "COMMERCIAL", "AGRICULTURAL", "ECONCOUNSELOR", "POLCOUNSELOR", "POLECON",
            "DEPUTY-CHIEF", "PRINCIPLE", "OFFICER,", "EXECUTIVE", "ASST", "SECY", "AMBASSADOR,");

    private ClassifiedByExtractor() {
    }

    /** The classifying authority in {@code preamble}, when written. */
    public static Optional<ClassifiedBy> extract(Preamble preamble) {
        return preamble.field(Preamble.Label.CLASSIFIED_BY).map(field -> parse(Lines.collapseWhitespace(field)));
    }

    static ClassifiedBy parse(String text) {
        String who = LEADING_NOISE.matcher(text).replaceFirst("");
        Matcher reasonsStart = REASONS_START.matcher(who);
        String authority = reasonsStart.find() ? who.substring(0, reasonsStart.start()) : who;
        String reasonsText = reasonsStart.find(0) ? who.substring(reasonsStart.start()) : "";
        authority = trimPunctuation(authority);
        String[] parts = splitTitleAndName(authority);
        return new ClassifiedBy(parts[1], parts[0], reasons(reasonsText));
    }

    /** {@code [title, name]}, either possibly {@code null}. */
    private static String[] splitTitleAndName(String authority) {
        if (authority.isEmpty()) {
            return new String[] {null, null};
        }
        int comma = authority.indexOf(',');
        if (comma > 0) {
            String before = authority.substring(0, comma).strip();
            String after = trimPunctuation(authority.substring(comma + 1));
            if (isTitle(before) && !after.isEmpty()) {
                return new String[] {before, after};
            }
            if (!after.isEmpty() && startsWithTitleWord(after)) {
                return new String[] {after, before};
            }
        }
        String[] words = Words.of(authority);
        int titleEnd = 0;
        for (int i = 0; i < words.length; i++) {
            if (isTitleWord(words[i])) {
                titleEnd = i + 1;
            }
        }
        String title = titleEnd == 0 ? null : String.join(" ", List.of(words).subList(0, titleEnd));
        String name = titleEnd == words.length ? null : String.join(" ", List.of(words).subList(titleEnd, words.length));
        return new String[] {title, name};
    }

    private static boolean isTitle(String text) {
        for (String word : Words.of(text)) {
            if (!isTitleWord(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithTitleWord(String text) {
        String[] words = Words.of(text);
        return words.length > 0 && isTitleWord(words[0]);
    }

    private static boolean isTitleWord(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return TITLE_WORDS.contains(upper) || TITLE_WORDS.contains(trimPunctuation(upper)) || word.indexOf('/') > 0;
    }

    /** Reasons such as {@code 1.4(b)}: each {@code 1.x} followed by single letters a–h, however punctuated. */
    static List<String> reasons(String text) {
        List<String> reasons = new ArrayList<>();
        Matcher number = REASON_NUMBER.matcher(text);
        while (number.find()) {
            String section = "1." + number.group(1);
            int i = number.end();
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    int end = i;
                    while (end < text.length() && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                    if (word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'h') {
                        String reason = section + "(" + word + ")";
                        if (!reasons.contains(reason)) {
                            reasons.add(reason);
                        }
                    } else if (!word.equals("and") && !word.equals("or")) {
                        break;
                    }
                    i = end;
                } else if (Character.isDigit(c)) {
                    break;
                } else {
                    i++;
                }
            }
        }
        return reasons;
    }

    private static boolean endsWithInitial(String text) {
        int n = text.length();
        return n >= 2 && Character.isUpperCase(text.charAt(n - 2)) && (n == 2 || !Character.isLetter(text.charAt(n - 3)));
    }

    private static String trimPunctuation(String text) {
        String trimmed = text.strip();
        int end = trimmed.length();
        while (end > 0 && ",;:".indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        trimmed = trimmed.substring(0, end).strip();
        if (trimmed.endsWith(".") && !endsWithInitial(trimmed)) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.strip();
    }
}
