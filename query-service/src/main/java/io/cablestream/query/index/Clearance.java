package io.cablestream.query.index;

import java.util.Locale;

/**
 * Classification levels in ascending order, as a reader's clearance and as what a cable requires.
 * A reader sees a cable when the cable's level is at or below the reader's clearance. A cable
 * requires the clearance named by its parsed classification level; {@code LIMITED OFFICIAL USE}
 * is an unclassified control marking and requires {@link #UNCLASSIFIED}; a missing or unknown level
 * requires {@link #TOP_SECRET}, so that nothing unmarked reaches a reader by mistake.
 */
public enum Clearance {
    UNCLASSIFIED("UNCLASSIFIED"),
    CONFIDENTIAL("CONFIDENTIAL"),
    SECRET("SECRET"),
    TOP_SECRET("TOP SECRET");

    private final String label;

    Clearance(String label) {
        this.label = label;
    }

    /** The level as written on cables and in the {@code clearance} claim, e.g. {@code TOP SECRET}. */
    public String label() {
        return label;
    }

    /**
     * The clearance named {@code name}, ignoring case, with a space or an underscore in {@code TOP SECRET}.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
     */
    public static Clearance named(String name) {
        String normalized = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
        for (Clearance clearance : values()) {
            if (clearance.label.equals(normalized)) {
                return clearance;
            }
        }
        throw new IllegalArgumentException("clearance must be UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET, was '"
                + name + "'");
    }

    /** The clearance a reader needs to see a cable of classification level {@code level}. */
    public static Clearance requiredFor(String level) {
        String normalized = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        return switch (normalized) {
            case "UNCLASSIFIED", "LIMITED OFFICIAL USE" -> UNCLASSIFIED;
            case "CONFIDENTIAL" -> CONFIDENTIAL;
            case "SECRET" -> SECRET;
            default -> TOP_SECRET;
        };
    }
}
