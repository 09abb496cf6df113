package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableExport;
import io.cablestream.query.index.CableIndex;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.FacetDimension;
import io.cablestream.query.index.SearchPage;
import io.cablestream.query.index.SearchRequest;
import io.cablestream.query.rest.export.CableWriter;
import io.cablestream.query.rest.export.ExportFormat;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Reads, searches and exports the cables indexed from {@code cables.enriched.v1}: one cable as its
 * EnrichedCable JSON, pages of search hits linked by cursors with facet counts, or the whole result
 * list streamed as NDJSON or CSV.
 */
@Path("/cables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class CableResource {

    private final CableIndex index;
    private final CableSearch search;
    private final CableExport export;
    private final CurrentReader reader;

    CableResource(CableIndex index, CableSearch search, CableExport export, CurrentReader reader) {
        this.index = index;
        this.search = search;
        this.export = export;
        this.reader = reader;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The cable with this reference ID, as the EnrichedCable JSON of cables.enriched.v1")
    @APIResponse(responseCode = "200", description = "The EnrichedCable JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = ApiExamples.CABLE)))
    @APIResponse(responseCode = "404", description = "No cable with this reference ID is indexed",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cable-not-found", value = ApiExamples.NOT_FOUND)))
    public Response get(@Parameter(description = "Reference ID, any case", example = "\"07MOSCOW3804\"")
            @PathParam("id") String id) {
        byte[] json = index.json(id, reader.access()).orElseThrow(() -> new CableNotFoundException(id));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Operation(summary = "Search cables: highlighted hits a page at a time, with facet counts over all matches; "
            + "without q, every cable newest first")
    @APIResponse(responseCode = "200", description = "One page of hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SEARCH_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public SearchPage search(
            @BeanParam SearchParams params,
            @Parameter(description = "Hits per page", example = "20") @QueryParam("limit") @DefaultValue("20")
            String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Facets to count over all matches, comma-separated or repeated: tag, country, "
                    + "origin, classification, caveat, year, month, person, organization", example = "tag,origin,country,year")
            @QueryParam("facets") List<String> facets,
            @Parameter(description = "Values returned per facet, most frequent first", example = "10")
            @QueryParam("facetLimit") @DefaultValue("10") String facetLimit) {
        return search.search(params.toRequest(reader.access()), SearchParams.wholeNumber("limit", limit), cursor, dimensions(facets),
                SearchParams.wholeNumber("facetLimit", facetLimit));
    }

    @GET
    @Path("export")
    @Produces({"application/x-ndjson", "text/csv"})
    @Operation(summary = "Stream every cable matching the search, however many, as NDJSON (EnrichedCable per line) "
            + "or CSV")
    @APIResponse(responseCode = "200", description = "Every matching cable, streamed", content = {
        @Content(mediaType = ApiExamples.NDJSON,
                examples = @ExampleObject(name = "ndjson", value = ApiExamples.EXPORT_NDJSON)),
        @Content(mediaType = ApiExamples.CSV, examples = @ExampleObject(name = "csv", value = ApiExamples.EXPORT_CSV))})
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Response export(
            @BeanParam SearchParams params,
            @Parameter(description = "ndjson or csv", example = "csv") @QueryParam("format") @DefaultValue("ndjson")
            String format) {
        ExportFormat exportFormat = ExportFormat.named(format);
        SearchRequest request = params.toRequest(reader.access());
        search.validate(request);
        StreamingOutput body = out -> {
            CableWriter writer = exportFormat.writer(out);
            export.export(request, writer);
            writer.finish();
        };
        return Response.ok(body, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + exportFormat.fileName() + "\"")
                .build();
    }

    private static List<FacetDimension> dimensions(List<String> facets) {
        if (facets == null) {
            return List.of();
        }
        return facets.stream()
                .flatMap(names -> Arrays.stream(names.split(",")))
                .filter(name -> !name.isBlank())
                .map(FacetDimension::named)
                .distinct()
                .toList();
    }
}
