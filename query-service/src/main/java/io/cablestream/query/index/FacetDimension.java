package io.cablestream.query.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The fields whose values can be counted over a result list; each is named like its keyword field. */
public enum FacetDimension {

    /** TAGS codes, each with its meaning as label. */
    TAG(CableFields.TAG),
    /** Countries of the geographic TAGS. */
    COUNTRY(CableFields.COUNTRY),
    /** Origin posts. */
    ORIGIN(CableFields.ORIGIN),
    /** Classification levels. */
    CLASSIFICATION(CableFields.CLASSIFICATION),
    /** Classification caveats (NOFORN, SIPDIS …). */
    CAVEAT(CableFields.CAVEAT),
    /** Years of creation. */
    YEAR(CableFields.YEAR),
    /** Months of creation, e.g. {@code 2007-08}. */
    MONTH(CableFields.MONTH),
    /** People of the {@code entities} annotation. */
    PERSON(CableFields.PERSON),
    /** Organizations of the {@code entities} annotation. */
    ORGANIZATION(CableFields.ORGANIZATION);

    private final String field;

    FacetDimension(String field) {
        this.field = field;
    }

    /** The keyword field whose doc values are counted. */
    String field() {
        return field;
    }

    /** Whether the counted values carry a label after {@link CableFields#LABEL_SEPARATOR}. */
    boolean labelled() {
        return this == TAG;
    }

    /** The dimension named {@code name}, ignoring case. */
    public static FacetDimension named(String name) {
        return Arrays.stream(values())
                .filter(dimension -> dimension.field.equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException("cannot count facet '" + name + "'; facets are "
                        + Arrays.stream(values()).map(FacetDimension::toString).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
