package io.cablestream.stack;

import io.cablestream.contract.auth.Roles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code cablestream token [--roles read,ingest] [--clearance SECRET] [--collections a,b] [--ttl 8h]}:
 * prints an access token signed with the local stack's key ({@link LocalKeys}, created when missing, so
 * that a later {@code ./cablestream up} accepts it), for curl, the import command or the web UI's sign-in box. Defaults: role {@code read}, clearance {@code UNCLASSIFIED},
 * collection {@code default}, valid for 8 hours. Exit code 0, or 2 on a usage error or an unusable key.
 */
public final class TokenCommand {

    static final String USAGE = "usage: cablestream token [--roles read,ingest,admin] "
            + "[--clearance UNCLASSIFIED|CONFIDENTIAL|SECRET|'TOP SECRET'] [--collections default,other|*] [--ttl 8h]";
    private static final List<String> LEVELS = List.of("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        var home = Path.of(System.getProperty("cablestream.home", ".")).toAbsolutePath().normalize();
        System.exit(run(args, StackSettings.fromEnvironment(home, System.getenv()), System.out, System.err));
    }

    static int run(String[] args, StackSettings settings, PrintStream out, PrintStream err) {
        List<String> roles = List.of(Roles.READ);
        String clearance = "UNCLASSIFIED";
        List<String> collections = List.of("default");
        Duration ttl = Duration.ofHours(8);
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--roles" -> roles = roles(list(args[i], value));
                    case "--clearance" -> clearance = clearance(value);
                    case "--collections" -> collections = list(args[i], value);
                    case "--ttl" -> ttl = duration(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            LocalKeys.ensure(settings);
            out.println(LocalKeys.minter(settings).mint("local-" + String.join("-", roles), roles, clearance,
                    collections, ttl));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("cablestream token: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (IOException e) {
            err.println("cablestream token: " + e.getMessage());
            return 2;
        }
    }

    private static List<String> list(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " needs a comma-separated list");
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static List<String> roles(List<String> roles) {
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "'; roles are " + String.join(", ", Roles.ALL));
            }
        }
        return roles;
    }

    private static String clearance(String value) {
        String level = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("--clearance is '" + value + "'; give one of " + String.join(", ", LEVELS));
        }
        return level;
    }

    private static Duration duration(String value) {
        try {
            return Duration.parse("PT" + (value == null ? "" : value.strip().toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--ttl is '" + value + "'; give hours or minutes, e.g. 8h or 30m");
        }
    }
}
