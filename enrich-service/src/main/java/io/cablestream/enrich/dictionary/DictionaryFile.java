package io.cablestream.enrich.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the project's dictionary files from the classpath: UTF-8 text, one entry per line, fields separated
 * by tabs, {@code #} comment lines (where each file names its sources) and blank lines skipped.
 */
public final class DictionaryFile {

    private DictionaryFile() {
    }

    /**
     * The entries of {@code resource}, each padded with empty strings to at least {@code fields} fields.
     *
     * @throws UncheckedIOException when the resource cannot be read; a missing resource is a packaging error
     */
    public static List<String[]> rows(String resource, int fields) {
        return lines(resource).stream().map(line -> pad(line.split("\t", -1), fields)).toList();
    }

    /** The entry lines of {@code resource}, trimmed. */
    public static List<String> lines(String resource) {
        try (var in = Objects.requireNonNull(DictionaryFile.class.getResourceAsStream(resource), resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + resource, e);
        }
    }

    private static String[] pad(String[] fields, int count) {
        String[] padded = fields.length >= count ? fields : Arrays.copyOf(fields, count);
        for (int i = 0; i < padded.length; i++) {
            padded[i] = padded[i] == null ? "" : padded[i].strip();
        }
        return padded;
    }
}
