package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableIndex;
import io.cablestream.query.ingest.IngestRelay;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Imports: their progress through the stages, relayed from ingest-service so that the web UI can show it
 * from its own origin, and how many cable versions of an import this replica has indexed (which ingest
 * asks for its own progress figures).
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INGEST, Roles.READ, Roles.ADMIN})
public class ImportResource {

    private final CableIndex index;
    private final IngestRelay ingest;
    private final CurrentReader reader;

    ImportResource(CableIndex index, IngestRelay ingest, CurrentReader reader) {
        this.index = index;
        this.ingest = ingest;
        this.reader = reader;
    }

    @GET
    @Operation(summary = "The most recently active imports with their progress, as ingest-service reports them "
            + "(GET /imports of ingest, relayed with the caller's Authorization header)")
    @APIResponse(responseCode = "200", description = "ingest's list of import statuses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORTS)))
    @APIResponse(responseCode = "502", description = "ingest-service cannot be reached",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ingest-unavailable", value = ApiExamples.INGEST_UNAVAILABLE)))
    @APIResponse(responseCode = "503", description = "No ingest-service URL is configured",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "ingest-service did not answer in time",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "How many imports, most recently active first (ingest's default: 20)",
                    example = "20") @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        return relay(ingest.get("/imports", uri.getRequestUri().getRawQuery(), authorization));
    }

    @GET
    @Path("{importId}")
    @Operation(summary = "One import's progress through the stages (received, accepted, parsed, enriched, indexed, "
            + "rejections, rate, ETA), as ingest-service reports it")
    @APIResponse(responseCode = "200", description = "ingest's import status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORT_STATUS)))
    @APIResponse(responseCode = "404", description = "ingest knows no such import",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "ingest-service cannot be reached",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ingest-unavailable", value = ApiExamples.INGEST_UNAVAILABLE)))
    public Response status(
            @Parameter(description = "importId as returned by ingest", example = "\"7f8a0c1e-2b6d-4c1a-9a51-0e4b3f2d9c10\"")
            @PathParam("importId") String importId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return relay(ingest.get("/imports/" + URLEncoder.encode(importId, StandardCharsets.UTF_8).replace("+", "%20"),
                null, authorization));
    }

    /**
     * How many cable versions of an import are indexed. Counted by version, as ingest counts what it
     * accepted: an import holding two versions of one cable has two indexed once both are, although
     * searches see the later one only.
     *
     * @param importId the import
     * @param indexed how many cable versions that import delivered are indexed (searchable or in a cable's history)
     */
    public record ImportProgress(String importId, long indexed) {
    }

    @GET
    @Path("{importId}/indexed")
    @Operation(summary = "How many cable versions that came with this import are indexed: the searchable version of "
            + "each cable, and earlier versions kept in its history (a cable's later release does not undo the count)")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportProgress.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORT_PROGRESS)))
    public ImportProgress indexed(
            @Parameter(description = "importId as returned by ingest", example = "\"7f8a0c1e-2b6d-4c1a-9a51-0e4b3f2d9c10\"")
            @PathParam("importId") String importId) {
        return new ImportProgress(importId, index.versionsFrom(importId, reader.countingAccess()));
    }

    private static Response relay(IngestRelay.Answer answer) {
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
    }
}
