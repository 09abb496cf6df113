package io.cablestream.query.rest;

import io.cablestream.query.index.CableFields;
import io.cablestream.query.index.InvalidQueryException;
import io.cablestream.query.index.ReaderAccess;
import io.cablestream.query.index.SearchOrder;
import io.cablestream.query.index.SearchRequest;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that say which cables a request is about: the query text, drill-down
 * filters, a date range and the order. Search, export, listings, histogram and the live feed all
 * take them, and turn them into one {@link SearchRequest}.
 */
public class SearchParams {

    @QueryParam("q")
    @Parameter(description = "Lucene classic query syntax; terms without a field search subject and body. Fields: id, "
            + "subject, body, tag, tagMeaning, country, origin, classification, caveat, person, organization, entity, "
            + "created (dates and ranges: created:2007-08, created:[2007-01-01 TO 2007-12-31]), year, month, ref, "
            + "importId. Blank matches every cable.", example = "tag:PREL AND \"nuclear fuel\"")
    String q;

    @QueryParam("from")
    @Parameter(description = "Only cables created on or after this date (2007, 2007-08, 2007-08-02 or an ISO instant)",
            example = "\"2007-01-01\"")
    String from;

    @QueryParam("to")
    @Parameter(description = "Only cables created on or before this date; a day, month or year includes all of it",
            example = "\"2007-12-31\"")
    String to;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), newest (default without q) or oldest", example = "newest")
    String sort;

    @QueryParam(CableFields.TAG)
    @Parameter(description = "Drill down to cables with one of these TAGS codes", example = "PREL")
    List<String> tag;

    @QueryParam(CableFields.COUNTRY)
    @Parameter(description = "Drill down to cables with one of these countries (from geographic TAGS)",
            example = "Russia")
    List<String> country;

    @QueryParam(CableFields.ORIGIN)
    @Parameter(description = "Drill down to cables from one of these posts", example = "Embassy Moscow")
    List<String> origin;

    @QueryParam(CableFields.CLASSIFICATION)
    @Parameter(description = "Drill down to cables with one of these classification levels", example = "CONFIDENTIAL")
    List<String> classification;

    @QueryParam(CableFields.CAVEAT)
    @Parameter(description = "Drill down to cables with one of these caveats", example = "NOFORN")
    List<String> caveat;

    @QueryParam(CableFields.PERSON)
    @Parameter(description = "Drill down to cables naming one of these people (entities annotation)")
    List<String> person;

    @QueryParam(CableFields.ORGANIZATION)
    @Parameter(description = "Drill down to cables naming one of these organizations (entities annotation)")
    List<String> organization;

    @QueryParam(CableFields.YEAR)
    @Parameter(description = "Drill down to cables created in one of these years", example = "2007")
    List<String> year;

    @QueryParam(CableFields.MONTH)
    @Parameter(description = "Drill down to cables created in one of these months", example = "\"2007-08\"")
    List<String> month;

    @QueryParam(CableFields.REF)
    @Parameter(description = "Drill down to cables citing one of these reference IDs", example = "\"07MOSCOW3804\"")
    List<String> ref;

    @QueryParam(CableFields.IMPORT_ID)
    @Parameter(description = "Drill down to cables whose indexed version came with one of these imports")
    List<String> importId;

    /**
     * The request these parameters describe; drill-down values of one parameter are alternatives,
     * different parameters must all match; nothing beyond {@code access} is ever matched.
     *
     * @throws InvalidQueryException when {@code sort} names no order
     */
    public SearchRequest toRequest(ReaderAccess access) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, CableFields.TAG, tag);
        put(filters, CableFields.COUNTRY, country);
        put(filters, CableFields.ORIGIN, origin);
        put(filters, CableFields.CLASSIFICATION, classification);
        put(filters, CableFields.CAVEAT, caveat);
        put(filters, CableFields.PERSON, person);
        put(filters, CableFields.ORGANIZATION, organization);
        put(filters, CableFields.YEAR, year);
        put(filters, CableFields.MONTH, month);
        put(filters, CableFields.REF, ref);
        put(filters, CableFields.IMPORT_ID, importId);
        SearchOrder order = sort == null || sort.isBlank() ? null : SearchOrder.named(sort);
        return new SearchRequest(q, filters, from, to, order, access);
    }

    /**
     * A numeric parameter's value.
     *
     * @throws InvalidQueryException naming the parameter when the value is not a whole number
     */
    static int wholeNumber(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** Like {@link #wholeNumber}, with {@code null} for a missing or blank value. */
    static Integer optionalWholeNumber(String name, String value) {
        return value == null || value.isBlank() ? null : wholeNumber(name, value);
    }

    private static void put(Map<String, List<String>> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(field, values);
        }
    }
}
