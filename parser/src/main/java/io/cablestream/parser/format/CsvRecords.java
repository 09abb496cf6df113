package io.cablestream.parser.format;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time from a {@link Reader}, with the quoting of {@code cables.csv} (RFC 4180):
 * a field that opens with a quote runs to the matching quote, may span lines and writes a quote as
 * {@code ""}; a record ends at a line break ({@code \n}, {@code \r\n} or {@code \r}) outside quotes. At most
 * one record is held in memory, and none longer than the limit: such a record is reported as too long
 * and skipped without being kept.
 */
public final class CsvRecords {

    /**
     * One record.
     *
     * @param text the record as written, without its line terminator (empty when too long)
     * @param fields the field values, quotes removed and doubled quotes undone (empty when too long)
     * @param line 1-based line on which the record starts
     * @param unterminated true when a quoted field ran to the end of the input
     * @param tooLong true when the record is longer than the limit, so neither text nor fields were kept
     */
    public record Record(String text, List<String> fields, int line, boolean unterminated, boolean tooLong) {

        /** True for an empty line or one holding only blanks. */
        public boolean isBlank() {
            return !tooLong && fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    private static final int BUFFER_CHARS = 8192;

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int length;
    private int position;
    private int line = 1;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private boolean tooLong;

    /**
     * Reads from {@code in}.
     *
     * @param maxRecordChars records longer than this many characters are reported as too long, not kept
     */
    public CsvRecords(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The records of a text already in memory, with no length limit. */
    public static List<Record> of(String csv) {
        try {
            CsvRecords records = new CsvRecords(new StringReader(csv), Integer.MAX_VALUE);
            List<Record> all = new ArrayList<>();
            for (Record record = records.next(); record != null; record = records.next()) {
                all.add(record);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        if (!available()) {
            return null;
        }
        int startLine = line;
        text.setLength(0);
        field.setLength(0);
        fields.clear();
        tooLong = false;
        boolean quoted = false;
        boolean fieldStart = true;
        while (available()) {
            if (quoted) {
                keepRun(quotedRunEnd());
                if (position == length) {
                    continue;
                }
                position++;
                keep('"');
                if (available() && buffer[position] == '"') {
                    position++;
                    keep('"');
                    addToField('"');
                } else {
                    quoted = false;
                }
                continue;
            }
            if (!fieldStart) {
                keepRun(plainRunEnd());
                if (position == length) {
                    continue;
                }
            }
            char c = buffer[position++];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && available() && buffer[position] == '\n') {
                    position++;
                }
                line++;
                return finish(startLine, false);
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                keep(c);
            } else if (c == ',') {
                keep(c);
                endField();
                fieldStart = true;
            } else {
                keep(c);
                addToField(c);
                fieldStart = false;
            }
        }
        return finish(startLine, quoted);
    }

    /** Where the characters of a quoted field in the buffer end (at its next quote), counting the lines they span. */
    private int quotedRunEnd() {
        int end = position;
        while (end < length && buffer[end] != '"') {
            if (buffer[end] == '\n') {
                line++;
            }
            end++;
        }
        return end;
    }

    /** Where the characters of an unquoted field in the buffer end (at a comma or a line break). */
    private int plainRunEnd() {
        int end = position;
        while (end < length) {
            char c = buffer[end];
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            end++;
        }
        return end;
    }

    /** Keeps the buffer's characters from the position up to {@code end} in the record and its field, all at once. */
    private void keepRun(int end) {
        int count = end - position;
        if (count > 0 && !tooLong) {
            if (text.length() + count > maxRecordChars) {
                dropTooLong();
            } else {
                text.append(buffer, position, count);
                field.append(buffer, position, count);
            }
        }
        position = end;
    }

    private boolean available() throws IOException {
        if (position < length) {
            return true;
        }
        length = in.read(buffer);
        position = 0;
        return length > 0;
    }

    /** Keeps a character of the record's text, unless the record is or just became too long. */
    private void keep(char c) {
        if (tooLong) {
            return;
        }
        if (text.length() >= maxRecordChars) {
            dropTooLong();
            return;
        }
        text.append(c);
    }

    /** Lets go of the record, which is longer than the limit. */
    private void dropTooLong() {
        tooLong = true;
        text.setLength(0);
        text.trimToSize();
        field.setLength(0);
        field.trimToSize();
        fields.clear();
    }

    private void addToField(char c) {
        if (!tooLong) {
            field.append(c);
        }
    }

    private void endField() {
        if (!tooLong) {
            fields.add(field.toString());
            field.setLength(0);
        }
    }

    private Record finish(int startLine, boolean unterminated) {
        endField();
        return tooLong ? new Record("", List.of(), startLine, unterminated, true)
                : new Record(text.toString(), List.copyOf(fields), startLine, unterminated, false);
    }
}
