package io.cablestream.query.rest;

import io.cablestream.query.index.CableFields;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.SearchRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Per-import progress for ingest: how many cables of an import this replica has made searchable. */
@Path("/imports/{importId}")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final CableSearch search;

    ImportResource(CableSearch search) {
        this.search = search;
    }

    /**
     * How many cables of an import are indexed.
     *
     * @param importId the import
     * @param indexed how many indexed cables are at the version that import delivered
     */
    public record ImportProgress(String importId, long indexed) {
    }

    @GET
    @Path("indexed")
    @Operation(summary = "How many cables whose indexed version came with this import are searchable now; a cable "
            + "imported again later counts for the later import")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportProgress.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORT_PROGRESS)))
    public ImportProgress indexed(
            @Parameter(description = "importId as returned by ingest", example = "\"7f8a0c1e-2b6d-4c1a-9a51-0e4b3f2d9c10\"")
            @PathParam("importId") String importId) {
        var request = new SearchRequest(null, Map.of(CableFields.IMPORT_ID, List.of(importId)), null, null, null);
        return new ImportProgress(importId, search.count(request));
    }
}
