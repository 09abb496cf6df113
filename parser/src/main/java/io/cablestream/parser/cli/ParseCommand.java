package io.cablestream.parser.cli;

import io.cablestream.contract.event.RawCable;
import io.cablestream.contract.json.Json;
import io.cablestream.parser.CableInput;
import io.cablestream.parser.CableParser;
import io.cablestream.parser.CableReader;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.InputFormat;
import io.cablestream.parser.ReadEntry;
import io.cablestream.parser.Rejection;
import io.cablestream.parser.text.TextBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cablestream parse} command: {@code [--format auto|text|html|csv|seed] FILE...} (or
 * {@code -} for standard input). Prints one ParsedCable JSON object per cable on standard output,
 * and on standard error what each file had rejected and why. Exit code 0 when every cable parsed,
 * 1 when anything was rejected, 2 on a usage error.
 */
public final class ParseCommand {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final String IMPORT_ID = "cli";
    static final String USAGE_TEXT = "usage: cablestream parse [--format auto|text|html|csv|seed] FILE... (- for stdin)";

    private final CableParser parser = new CableParser();
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ParseCommand(System.in, System.out, System.err).run(args));
    }

    int run(String[] args) {
        InputFormat format = InputFormat.AUTO;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            }
            if (arg.equals("--format") || arg.startsWith("--format=")) {
                String value = arg.equals("--format") ? (i + 1 < args.length ? args[++i] : null)
                        : arg.substring("--format=".length());
                var chosen = InputFormat.fromId(value);
                if (chosen.isEmpty()) {
                    err.println("unknown format '" + value + "'; use auto, text, html, csv or seed");
                    err.println(USAGE_TEXT);
                    return USAGE;
                }
                format = chosen.get();
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                err.println("unknown option " + arg);
                err.println(USAGE_TEXT);
                return USAGE;
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            err.println("no input file given");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        boolean anyRejected = false;
        for (String file : files) {
            anyRejected |= parseFile(file, format) > 0;
        }
        out.flush();
        return anyRejected ? REJECTED : OK;
    }

    /** Parses one file, printing its cables and rejections; returns how many entries were rejected. */
    private int parseFile(String file, InputFormat format) {
        String name = file.equals("-") ? "stdin" : file;
        String content;
        try {
            content = TextBytes.decode(file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            err.println(name + ": cannot read the file: " + e.getMessage());
            return 1;
        }
        int parsed = 0;
        int rejected = 0;
        for (ReadEntry entry : CableReader.read(content, format, name).toList()) {
            switch (entry) {
                case CableInput input -> {
                    if (print(input)) {
                        parsed++;
                    } else {
                        rejected++;
                    }
                }
                case Rejection rejection -> {
                    err.println(rejection.where().name() + ": " + rejection.where().position() + ": " + rejection.reason());
                    rejected++;
                }
            }
        }
        err.println(name + ": " + parsed + " parsed, " + rejected + " rejected");
        return rejected;
    }

    private boolean print(CableInput input) {
        RawCable raw = new RawCable(null, IMPORT_ID, CableParser.contentHash(input.text()), input.format().id(),
                input.source(), input.metadata(), Instant.now(), input.text());
        try {
            byte[] json = Json.encode(parser.parse(raw));
            out.write(json, 0, json.length);
            out.println();
            return true;
        } catch (CableRejectedException e) {
            err.println(e.getMessage());
            return false;
        }
    }
}
