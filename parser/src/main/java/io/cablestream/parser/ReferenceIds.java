package io.cablestream.parser;

import io.cablestream.parser.field.ReferenceIdExtractor;
import io.cablestream.parser.field.Telegram;
import io.cablestream.parser.format.CableDocument;
import io.cablestream.parser.format.CableDocuments;
import java.util.Optional;

/**
 * Canonical cable reference IDs: two-digit year, post without spaces, serial without leading
 * zeros ({@code 07MOSCOW3804}, {@code 08THEHAGUE123}); and finding the ID a cable's text declares.
 */
public final class ReferenceIds {

    private static final int LONGEST_INPUT = 80;
    private static final int LONGEST_POST = 30;
    private static final int LONGEST_SERIAL = 7;

    private ReferenceIds() {
    }

    /**
     * The canonical form of {@code id}, accepting spaces and leading zeros ({@code 07 MOSCOW 3804},
     * {@code 07MOSCOW003804}, {@code 08 THE HAGUE 123}); empty for anything that is not a reference ID.
     */
    public static Optional<String> canonical(String id) {
        if (id == null || id.length() > LONGEST_INPUT) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c != ' ' && c != '\t') {
                compact.append(Character.toUpperCase(c));
            }
        }
        int length = compact.length();
        if (length < 5 || !isDigit(compact.charAt(0)) || !isDigit(compact.charAt(1))) {
            return Optional.empty();
        }
        int postEnd = 2;
        while (postEnd < length && compact.charAt(postEnd) >= 'A' && compact.charAt(postEnd) <= 'Z') {
            postEnd++;
        }
        int postLength = postEnd - 2;
        if (postLength < 2 || postLength > LONGEST_POST || postEnd == length) {
            return Optional.empty();
        }
        for (int i = postEnd; i < length; i++) {
            if (!isDigit(compact.charAt(i))) {
                return Optional.empty();
            }
        }
        int serialStart = postEnd;
        while (serialStart < length - 1 && compact.charAt(serialStart) == '0') {
            serialStart++;
        }
        String serial = compact.substring(serialStart);
        if (serial.equals("0") || serial.length() > LONGEST_SERIAL) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, postEnd) + serial);
    }

    /**
     * The reference ID a cable's text declares: the seed header's {@code Identifier} or the HTML
     * metadata table when present, otherwise post and serial from the banner, a page-break line or
     * the routing header with the year of its DTG. Any format is accepted (detected from the text).
     */
    public static Optional<String> findIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            CableDocument document = CableDocuments.decode(text, InputFormat.AUTO);
            if (document.metadata() != null) {
                Optional<String> declared = canonical(document.metadata().referenceId());
                if (declared.isPresent()) {
                    return declared;
                }
            }
            return ReferenceIdExtractor.fromText(Telegram.of(document));
        } catch (CableRejectedException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
