package io.cablestream.parser.format;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 records one at a time, remembering where each starts and ends in the text. */
final class CsvScanner {

    /**
     * One record.
     *
     * @param fields the field values, quotes removed and doubled quotes undone
     * @param start offset of the record's first character
     * @param end offset just after its last character (line terminator excluded)
     * @param line 1-based line on which the record starts
     * @param unterminated true when a quoted field ran to the end of the text
     */
    record Record(List<String> fields, int start, int end, int line, boolean unterminated) {
        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private final String text;
    private int position;
    private int line = 1;

    CsvScanner(String text) {
        this.text = text;
    }

    boolean hasMore() {
        return position < text.length();
    }

    Record next() {
        int start = position;
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int length = text.length();
        while (position < length) {
            char c = text.charAt(position);
            if (quoted) {
                if (c == '"') {
                    if (position + 1 < length && text.charAt(position + 1) == '"') {
                        field.append('"');
                        position += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                position++;
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                position++;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                position++;
            } else if (c == '\n' || c == '\r') {
                int end = position;
                position += c == '\r' && position + 1 < length && text.charAt(position + 1) == '\n' ? 2 : 1;
                line++;
                fields.add(field.toString());
                return new Record(fields, start, end, startLine, false);
            } else {
                field.append(c);
                fieldStart = false;
                position++;
            }
        }
        fields.add(field.toString());
        return new Record(fields, start, length, startLine, quoted);
    }
}
