package io.cablestream.ingest.read;

import io.cablestream.contract.event.CableSource;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import java.io.IOException;
import java.io.Reader;

/**
 * Streams a {@code cables.csv} file of any size record by record, holding at most one record in
 * memory. It only finds where each record ends (a line break outside quotes, RFC 4180 quoting as
 * the parser reads it); each record is then read by the parser's own CSV reader ({@link CableReader}
 * with {@link InputFormat#CSV}), so columns, the header row and every error message are the parser's,
 * with positions counted from the start of the whole file. The first two records go to the parser
 * together so that it recognises a header row.
 */
public final class CsvStream {

    private final String sourceName;
    private final int maxRecordChars;
    private final EntrySink sink;
    private final StringBuilder record = new StringBuilder();
    private Pending first;
    private boolean firstDone;

    private record Pending(String text, int startLine, int endLine) {
    }

    private CsvStream(String sourceName, int maxRecordChars, EntrySink sink) {
        this.sourceName = sourceName;
        this.maxRecordChars = maxRecordChars;
        this.sink = sink;
    }

    /**
     * Reads every record of {@code in} into {@code sink}.
     *
     * @param maxRecordChars records longer than this are rejected without being held in memory
     */
    public static void read(Reader in, String sourceName, int maxRecordChars, EntrySink sink) throws IOException {
        new CsvStream(sourceName, maxRecordChars, sink).scan(in);
    }

    private void scan(Reader in) throws IOException {
        char[] buffer = new char[8192];
        int line = 1;
        int startLine = 1;
        boolean quoted = false;
        boolean quoteSeen = false;
        boolean fieldStart = true;
        boolean afterCarriageReturn = false;
        boolean overflow = false;
        for (int n; (n = in.read(buffer)) != -1; ) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (afterCarriageReturn) {
                    afterCarriageReturn = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (quoteSeen) {
                    quoteSeen = false;
                    if (c == '"') {
                        overflow |= append(c, overflow);
                        continue;
                    }
                    quoted = false;
                }
                if (quoted) {
                    if (c == '"') {
                        quoteSeen = true;
                    } else if (c == '\n') {
                        line++;
                    }
                } else if (c == '\n' || c == '\r') {
                    finish(startLine, line, overflow, false);
                    afterCarriageReturn = c == '\r';
                    line++;
                    startLine = line;
                    fieldStart = true;
                    overflow = false;
                    continue;
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else {
                    fieldStart = c == ',';
                }
                overflow |= append(c, overflow);
            }
        }
        finish(startLine, line, overflow, quoted && !quoteSeen);
        if (first != null) {
            readAlone(first);
        }
    }

    /** Appends unless the record is already too long; returns true when it just became too long. */
    private boolean append(char c, boolean overflow) {
        if (overflow) {
            return true;
        }
        if (record.length() >= maxRecordChars) {
            record.setLength(0);
            record.trimToSize();
            return true;
        }
        record.append(c);
        return false;
    }

    private void finish(int startLine, int endLine, boolean overflow, boolean unclosedQuote) {
        String text = record.toString();
        record.setLength(0);
        if (overflow) {
            sink.rejection(at(startLine), "the CSV record starting on this line is longer than " + maxRecordChars
                    + " characters (cablestream.ingest.max-cable-bytes)"
                    + (unclosedQuote ? "; a quote opened in it is never closed, so the rest of the file (to line "
                            + endLine + ") was swallowed: close the quote, and write a quote inside a field as \"\""
                            : "; if it is not one huge cable, check its quotes"));
            return;
        }
        if (text.isBlank()) {
            return;
        }
        var pending = new Pending(text, startLine, endLine);
        if (firstDone) {
            readAlone(pending);
        } else if (first == null) {
            first = pending;
        } else {
            readFirstTwo(first, pending);
            first = null;
            firstDone = true;
        }
    }

    /** The first two records at their real line numbers, so that the parser can skip a header row. */
    private void readFirstTwo(Pending one, Pending two) {
        String text = "\n".repeat(one.startLine() - 1) + one.text() + "\n".repeat(two.startLine() - one.endLine())
                + two.text();
        CableReader.read(text, InputFormat.CSV, sourceName).forEach(sink::entry);
    }

    private void readAlone(Pending pending) {
        firstDone = true;
        CableReader.read(pending.text(), InputFormat.CSV, sourceName)
                .forEach(entry -> sink.entry(relocated(entry, pending.startLine())));
    }

    private ReadEntry relocated(ReadEntry entry, int line) {
        return switch (entry) {
            case CableInput input -> new CableInput(input.text(), input.metadata(), input.format(), at(line));
            case Rejection rejection -> new Rejection(at(line), rejection.reason());
        };
    }

    private CableSource at(int line) {
        return new CableSource(sourceName, "line " + line);
    }
}
