package io.cablestream.parser;

import io.cablestream.parser.format.FormatDetector;
import java.util.Locale;
import java.util.Optional;

/** The input formats the parser reads; {@link #AUTO} asks for detection from the content. */
public enum InputFormat {
    AUTO, SEED, HTML, CSV, TEXT;

    /** The concrete format {@code text} is written in (never {@link #AUTO}; {@link #TEXT} when unsure). */
    public static InputFormat detect(String text) {
        return FormatDetector.detect(text);
    }

    /** The format named {@code id} ({@code auto}, {@code seed}, {@code html}, {@code csv}, {@code text}), any case. */
    public static Optional<InputFormat> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (InputFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used in events and on the command line, e.g. {@code html}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
