package io.cablestream.parser.format;

import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
        try {
            read(new StringReader(content), sourceName, Integer.MAX_VALUE, entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return entries;
    }

    /**
     * Streams a cables.csv file record by record into {@code sink}, one entry per record (a header row is
     * skipped), holding at most one record in memory; positions are the lines where records start.
     *
     * @param maxRecordChars a record longer than this is rejected without being held
     */
    public static void read(Reader in, String sourceName, int maxRecordChars, Consumer<ReadEntry> sink)
            throws IOException {
        CsvRecords records = new CsvRecords(in, maxRecordChars);
        boolean first = true;
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            if (record.isBlank()) {
                continue;
            }
            boolean header = first && !record.tooLong() && isHeaderRow(record);
            first = false;
            CableSource where = Entries.at(sourceName, record.line());
            if (record.tooLong()) {
                sink.accept(new Rejection(where, "the CSV record starting on this line is longer than " + maxRecordChars
                        + " characters, the most accepted for one cable" + (record.unterminated()
                                ? "; a quote opened in it is never closed, so the rest of the file was swallowed: close"
                                        + " the quote, and write a quote inside a field as \"\""
                                : "; if it is not one huge cable, check its quotes")));
            } else if (record.unterminated()) {
                sink.accept(new Rejection(where,
                        "quoted field opened here is never closed, so the rest of the file was swallowed"
                                + " (close the quote, and write a quote inside a field as \"\")"));
            } else if (!header) {
                sink.accept(Entries.entry(record.text(), InputFormat.CSV, where, CsvFormat::decode));
            }
        }
    }

    /** Takes one record apart: metadata from columns 2–5, routing header from column 7, body from column 8. */
    public static CableDocument decode(String record) {
        List<CsvRecords.Record> records = CsvRecords.of(record);
        CsvRecords.Record parsed = records.isEmpty() ? new CsvRecords.Record("", List.of(""), 1, false, false)
                : records.getFirst();
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
        if (records.stream().skip(1).anyMatch(r -> !r.isBlank())) {
            throw new CableRejectedException("text holds more than one CSV record",
                    "pass one record per cable, or read the file with CableReader");
        }
        SourceMetadata metadata = new SourceMetadata(Entries.blankToNull(fields.get(2)),
                Entries.blankToNull(fields.get(1)), Entries.blankToNull(fields.get(4)), Entries.blankToNull(fields.get(3)));
        return new CableDocument(metadata, fields.get(6), fields.get(7), null);
    }

    private static boolean isHeaderRow(CsvRecords.Record record) {
        String rowId = record.fields().get(0).strip();
        return record.fields().size() == COLUMNS && (rowId.isEmpty() || !Character.isDigit(rowId.charAt(0)));
    }
}
