package io.cablestream.contract.auth;

import io.cablestream.contract.event.RawCable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the values of a token claim whichever way the identity provider wrote it: a JSON array, one
 * string, or one string of names separated by commas or spaces (JSON values arrive as objects whose
 * text is their JSON, so strings may come quoted).
 */
public final class ClaimValues {

    private ClaimValues() {
    }

    /** The names in {@code claim}, or an empty list when the claim is absent. */
    public static List<String> names(Object claim) {
        List<String> names = new ArrayList<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(value -> names.addAll(names(value)));
        } else if (claim != null) {
            Arrays.stream(text(claim).split("[,\\s]+")).filter(name -> !name.isBlank()).forEach(names::add);
        }
        return names;
    }

    /**
     * The collections a {@link Roles#COLLECTIONS} claim grants; a token without the claim is granted the
     * {@value RawCable#DEFAULT_COLLECTION} collection only.
     */
    public static List<String> collections(Object claim) {
        return claim == null ? List.of(RawCable.DEFAULT_COLLECTION) : names(claim);
    }

    /** The text of a single-valued claim, or {@code null} when it is absent. */
    public static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
                : text;
    }
}
