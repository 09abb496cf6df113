package io.cablestream.parser.format;

import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 2011 {@code cables.csv} layout: one record per cable with eight columns (row id, date
 * {@code MM/DD/YYYY HH:MM}, reference ID, origin, classification, references, header, body);
 * fields are quoted, may span lines and escape quotes by doubling them.
 */
public final class CsvFormat {

    static final int COLUMNS = 8;
    private static final Pattern RECORD_START = Pattern.compile("^\"?\\d+\"?,\"?\\d{1,2}/\\d{1,2}/\\d{4}");

    private CsvFormat() {
    }

    /** True when {@code head} opens with a cables.csv record (row id, then a date). */
    static boolean startsWithRecord(String head) {
        return RECORD_START.matcher(head).lookingAt();
    }

    /** Splits a cables.csv file into records, one entry per record; a header row is skipped. */
    public static List<ReadEntry> read(String content, String sourceName) {
        List<ReadEntry> entries = new ArrayList<>();
        CsvScanner scanner = new CsvScanner(content);
        boolean first = true;
        while (scanner.hasMore()) {
            CsvScanner.Record record = scanner.next();
            if (record.isBlank()) {
                continue;
            }
            if (first && isHeaderRow(record)) {
                first = false;
                continue;
            }
            first = false;
            String text = content.substring(record.start(), record.end());
            if (record.unterminated()) {
                entries.add(new Rejection(Entries.at(sourceName, record.line()),
                        "quoted field opened here is never closed, so the rest of the file was swallowed"
                                + " (close the quote, and write a quote inside a field as \"\")"));
            } else {
                entries.add(Entries.entry(text, InputFormat.CSV, Entries.at(sourceName, record.line()),
                        CsvFormat::decode));
            }
        }
        return entries;
    }

    /** Takes one record apart: metadata from columns 2–5, routing header from column 7, body from column 8. */
    public static CableDocument decode(String record) {
        CsvScanner scanner = new CsvScanner(record);
        CsvScanner.Record parsed = scanner.next();
        if (parsed.unterminated()) {
            throw new CableRejectedException("CSV record has a quoted field that is never closed",
                    "close the quote, and write a quote inside a field as \"\"");
        }
        List<String> fields = parsed.fields();
        if (fields.size() != COLUMNS) {
            throw new CableRejectedException("CSV record has " + fields.size() + " columns, expected " + COLUMNS
                    + " (row id, date, reference ID, origin, classification, references, header, body)",
                    "quote fields that contain commas or line breaks");
        }
        if (scanner.hasMore() && !scanner.next().isBlank()) {
            throw new CableRejectedException("text holds more than one CSV record",
                    "pass one record per cable, or read the file with CableReader");
        }
        SourceMetadata metadata = new SourceMetadata(Entries.blankToNull(fields.get(2)),
                Entries.blankToNull(fields.get(1)), Entries.blankToNull(fields.get(4)), Entries.blankToNull(fields.get(3)));
        return new CableDocument(metadata, fields.get(6), fields.get(7), null);
    }

    private static boolean isHeaderRow(CsvScanner.Record record) {
        String rowId = record.fields().get(0).strip();
        return record.fields().size() == COLUMNS && (rowId.isEmpty() || !Character.isDigit(rowId.charAt(0)));
    }
}
