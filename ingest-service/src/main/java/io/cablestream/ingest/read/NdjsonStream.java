package io.cablestream.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cablestream.contract.event.CableSource;
import io.cablestream.contract.json.Json;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.InputFormat;
import java.io.IOException;
import java.io.Reader;

/**
 * Streams NDJSON (one {@link CableSubmission} JSON object per line) of any size, holding one line in
 * memory at a time; a line that is too long, not JSON or without text is rejected with its number.
 */
public final class NdjsonStream {

    private NdjsonStream() {
    }

    /** Reads every line of {@code in} into {@code sink}; lines longer than {@code maxLineChars} are rejected. */
    public static void read(Reader in, String sourceName, int maxLineChars, EntrySink sink) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean overflow = false;
        int number = 1;
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    submit(line, overflow, number++, sourceName, maxLineChars, sink);
                    line.setLength(0);
                    overflow = false;
                } else if (line.length() >= maxLineChars) {
                    overflow = true;
                    line.setLength(0);
                } else if (!overflow) {
                    line.append(c);
                }
            }
        }
        submit(line, overflow, number, sourceName, maxLineChars, sink);
    }

    private static void submit(StringBuilder line, boolean overflow, int number, String sourceName, int maxLineChars,
            EntrySink sink) {
        var where = new CableSource(sourceName, "line " + number);
        if (overflow) {
            sink.rejection(where, "the line is longer than " + maxLineChars
                    + " characters (cablestream.ingest.max-cable-bytes); put one cable per line");
            return;
        }
        if (line.isEmpty() || line.toString().isBlank()) {
            return;
        }
        CableSubmission submission;
        try {
            submission = Json.MAPPER.readValue(line.toString(), CableSubmission.class);
        } catch (JsonProcessingException e) {
            sink.rejection(where, "not a JSON object: " + e.getOriginalMessage()
                    + " (write one object per line: {\"text\": \"...\", \"source\": \"...\", \"metadata\": {...}})");
            return;
        }
        if (submission == null || submission.text() == null || submission.text().isBlank()) {
            sink.rejection(where, "the object has no \"text\": give the cable's full text in \"text\"");
            return;
        }
        var format = InputFormat.fromId(submission.format() == null ? "auto" : submission.format());
        if (format.isEmpty()) {
            sink.rejection(where, "format '" + submission.format() + "' is not one of auto, seed, html, csv, text");
            return;
        }
        var concrete = format.get() == InputFormat.AUTO ? InputFormat.detect(submission.text()) : format.get();
        var source = submission.source() == null ? where : new CableSource(submission.source(), where.name() + " "
                + where.position());
        sink.cable(new CableInput(submission.text(), submission.metadata(), concrete, source));
    }
}
