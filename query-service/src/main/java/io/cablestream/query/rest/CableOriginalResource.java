package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableVersions;
import io.cablestream.query.index.VersionSummary;
import io.cablestream.query.original.OriginalNotFoundException;
import io.cablestream.query.original.OriginalTexts;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The text of a cable exactly as ingest received it (HTML page, CSV record or telegram), read from
 * {@code cables.raw.v1} at the position its event recorded. Always {@code text/plain} that browsers must not sniff, run or style: markup in
 * it is shown as written.
 */
@Path("/cables/{id}/original")
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class CableOriginalResource {

    private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=utf-8";

    private final CableVersions versions;
    private final OriginalTexts originals;
    private final CurrentReader reader;

    CableOriginalResource(CableVersions versions, OriginalTexts originals, CurrentReader reader) {
        this.versions = versions;
        this.originals = originals;
        this.reader = reader;
    }

    @GET
    @Produces(TEXT)
    @Operation(summary = "The text of the cable as received by ingest (the version searches see, or the given "
            + "version), byte for byte")
    @APIResponse(responseCode = "200", description = "The raw text",
            content = @Content(mediaType = MediaType.TEXT_PLAIN,
                    examples = @ExampleObject(name = "example", value = ApiExamples.ORIGINAL)))
    @APIResponse(responseCode = "400", description = "The version number does not exist",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    @APIResponse(responseCode = "404", description = "No such cable is indexed, or cables.raw.v1 no longer holds "
            + "its text", content = @Content(mediaType = ApiExamples.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cable-not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The broker cannot be read now",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response original(
            @Parameter(description = "Reference ID", example = "\"07MOSCOW3804\"") @PathParam("id") String id,
            @Parameter(description = "Version number as listed by /cables/{id}/versions; default the one searches "
                    + "see", example = "1") @QueryParam("version") String version) {
        VersionSummary wanted = versions.version(id, SearchParams.optionalWholeNumber("version", version), reader.access())
                .orElseThrow(() -> new CableNotFoundException(id));
        String text = originals.find(id, wanted.contentHash(), wanted.rawPosition(), wanted.enrichedAt())
                .orElseThrow(() -> new OriginalNotFoundException(id, wanted.number(), wanted.contentHash(),
                        wanted.rawPosition()));
        return Response.ok(text, TEXT)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline; filename=\"" + id.replaceAll("[^A-Za-z0-9_-]", "_")
                        + (version == null || version.isBlank() ? "" : "-v" + wanted.number()) + ".txt\"")
                .build();
    }
}
