package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Recipient;
import io.cablestream.contract.event.ParsedCable.RoutingHeader;
import io.cablestream.parser.clean.PageBreak;
import io.cablestream.parser.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads a telegram's routing header, whether on several lines or flattened onto one:
 * {@code VZCZC…} transmission ID, {@code DE} station and serial, {@code ZNY CCCCC} classification,
 * precedence and DTG, then the {@code FM}, {@code TO} and {@code INFO} stations.
 */
public final class RoutingHeaderExtractor {

    private static final String LINE_BREAK = "\n";
    private static final int MAX_TOKENS = 20_000;
    private static final Map<String, String> PRECEDENCE_LETTERS = Map.of(
            "O", "IMMEDIATE", "P", "PRIORITY", "R", "ROUTINE", "Z", "FLASH",
            "OO", "IMMEDIATE", "PP", "PRIORITY", "RR", "ROUTINE", "ZZ", "FLASH");
    private static final Map<String, String> CLASSIFICATION_CODES = Map.of(
            "CCCCC", "CONFIDENTIAL", "SSSSS", "SECRET", "UUUUU", "UNCLASSIFIED", "EEEEE", "UNCLASSIFIED",
            "TTTTT", "TOP SECRET");
    private static final String OTHER_MEANS = "ZEN";
    private static final String EXEMPTED = "XMT";
    private static final List<String> PRECEDENCE_WORDS = List.of("IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH");

    private enum Section { NONE, FROM, TO, INFO, DONE }

    private RoutingHeaderExtractor() {
    }

    /** The routing header in {@code header}; {@link Routing#NONE} when it holds none. */
    public static Routing extract(String header) {
        if (header == null || header.isBlank()) {
            return Routing.NONE;
        }
        List<String> tokens = tokens(header);
        String transmissionId = null;
        String station = null;
        String serial = null;
        String classification = null;
        String dtg = null;
        String precedence = null;
        String prosignPrecedence = null;
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> info = new ArrayList<>();
        Section section = Section.NONE;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("VZCZC") && transmissionId == null) {
                transmissionId = token;
            } else if (token.equals("DE") && station == null && isRoutingIndicator(next(tokens, i, 1))) {
                station = next(tokens, i, 1);
                i++;
                String number = next(tokens, i, 1);
                if (number.startsWith("#")) {
                    serial = serialOf(number);
                    i++;
                }
            } else if ((token.equals("ZNY") || token.equals("ZNR")) && classification == null
                    && CLASSIFICATION_CODES.containsKey(next(tokens, i, 1))) {
                classification = CLASSIFICATION_CODES.get(next(tokens, i, 1));
                i++;
            } else if (dtg == null && section == Section.NONE && startsDtg(tokens, i)) {
                dtg = tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2);
                precedence = precedenceBefore(tokens, i);
                i += 2;
            } else if (section == Section.NONE && prosignPrecedence == null && PRECEDENCE_LETTERS.containsKey(token)
                    && isRoutingIndicator(next(tokens, i, 1))) {
                prosignPrecedence = PRECEDENCE_LETTERS.get(token);
            } else if (token.equals("FM") && section != Section.DONE) {
                section = Section.FROM;
            } else if (token.equals("TO") && section != Section.NONE && section != Section.DONE) {
                section = Section.TO;
            } else if (token.equals("INFO") && section != Section.NONE && section != Section.DONE) {
                section = Section.INFO;
            } else if (token.equals("BT") && section != Section.NONE) {
                section = Section.DONE;
            } else {
                switch (section) {
                    case FROM -> from.add(token);
                    case TO -> to.add(token);
                    case INFO -> info.add(token);
                    default -> { }
                }
            }
        }
        List<Recipient> fromStations = recipients(from);
        Recipient sender = fromStations.isEmpty() ? null : withIndicator(fromStations.get(0), station);
        if (transmissionId == null && dtg == null && sender == null && station == null) {
            return Routing.NONE;
        }
        RoutingHeader routing = new RoutingHeader(transmissionId, precedence != null ? precedence : prosignPrecedence,
                dtg, sender, recipients(to), recipients(info));
        return new Routing(routing, station, serial, classification);
    }

    private static List<String> tokens(String header) {
        List<String> tokens = new ArrayList<>();
        for (String line : header.split("\n", -1)) {
            for (String token : Words.of(PageBreak.withoutPrintedHeaders(line))) {
                if (!token.isEmpty() && tokens.size() < MAX_TOKENS) {
                    tokens.add(token);
                }
            }
            tokens.add(LINE_BREAK);
        }
        return tokens;
    }

    private static String next(List<String> tokens, int i, int ahead) {
        int at = i + ahead;
        return at < tokens.size() ? tokens.get(at) : "";
    }

    private static boolean startsDtg(List<String> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        String candidate = tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2);
        Matcher m = DateTimeGroups.DTG.matcher(candidate);
        return m.matches();
    }

    private static String precedenceBefore(List<String> tokens, int dtgIndex) {
        String found = null;
        for (int back = dtgIndex - 1; back >= Math.max(0, dtgIndex - 2); back--) {
            String token = tokens.get(back);
            if (token.length() == 1 && PRECEDENCE_LETTERS.containsKey(token)) {
                found = PRECEDENCE_LETTERS.get(token);
            } else {
                break;
            }
        }
        return found;
    }

    static boolean isRoutingIndicator(String token) {
        if (token.length() < 4 || token.length() > 8 || token.charAt(0) != 'R') {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < 'A' || token.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static String serialOf(String hashToken) {
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i < hashToken.length() && Character.isDigit(hashToken.charAt(i)); i++) {
            digits.append(hashToken.charAt(i));
        }
        return digits.isEmpty() ? null : digits.toString();
    }

    private static Recipient withIndicator(Recipient recipient, String station) {
        return recipient.routingIndicator() != null || station == null
                ? recipient : new Recipient(station, recipient.name(), recipient.precedence());
    }

    /**
     * Stations in a {@code FM}/{@code TO}/{@code INFO} list: one per line, per {@code RI/} prefix
     * ({@code ZEN/} too, which marks a station served by other means) or per precedence. A serial
     * number ({@code 7738}, {@code 2276-2279}) ends a station; when the list runs over several lines
     * a number followed by more of the name on its line belongs to the name ({@code DET 1 39LG}).
     */
    private static List<Recipient> recipients(List<String> tokens) {
        boolean lineMode = tokens.indexOf(LINE_BREAK) >= 0 && tokens.indexOf(LINE_BREAK) < tokens.size() - 1;
        List<Recipient> recipients = new ArrayList<>();
        String indicator = null;
        List<String> words = new ArrayList<>();
        List<String> heldNumbers = new ArrayList<>();
        String precedence = null;
        boolean closed = false;
        for (String token : tokens) {
            int slash = token.indexOf('/');
            String prefix = slash > 0 ? token.substring(0, slash) : "";
            boolean startsStation = isRoutingIndicator(prefix) || prefix.equals(OTHER_MEANS);
            boolean number = isSerial(token);
            if (token.equals(LINE_BREAK) || startsStation || (closed && !number)) {
                add(recipients, indicator, words, precedence);
                indicator = null;
                words = new ArrayList<>();
                heldNumbers.clear();
                precedence = null;
                closed = false;
            }
            if (token.equals(LINE_BREAK)) {
                continue;
            }
            if (startsStation) {
                indicator = prefix.equals(OTHER_MEANS) ? null : prefix;
                String rest = token.substring(slash + 1);
                if (!rest.isEmpty()) {
                    words.add(rest);
                }
            } else if (PRECEDENCE_WORDS.contains(token) && !words.isEmpty()) {
                precedence = precedence == null ? token : precedence + " " + token;
                closed = true;
            } else if (token.equals("NIACT") && !words.isEmpty()) {
                precedence = token;
            } else if (number && lineMode && !closed) {
                heldNumbers.add(token);
            } else if (number) {
                closed = !words.isEmpty();
            } else {
                words.addAll(heldNumbers);
                heldNumbers.clear();
                words.add(token);
            }
        }
        add(recipients, indicator, words, precedence);
        return recipients;
    }

    /** A station's serial number or range of serials, e.g. {@code 7738} or {@code 2276-2279}. */
    private static boolean isSerial(String token) {
        int dash = token.indexOf('-');
        return dash < 0 ? Words.isDigits(token)
                : Words.isDigits(token.substring(0, dash)) && Words.isDigits(token.substring(dash + 1));
    }

    /** Adds the station named by {@code words}, unless there is none or it is exempted ({@code XMT}) from the list. */
    private static void add(List<Recipient> recipients, String indicator, List<String> words, String precedence) {
        if (!words.isEmpty() && !words.get(0).equals(EXEMPTED)) {
            recipients.add(new Recipient(indicator, String.join(" ", words), precedence));
        }
    }
}
