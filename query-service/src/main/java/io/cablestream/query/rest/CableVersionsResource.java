package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableVersions;
import io.cablestream.query.index.VersionDiff;
import io.cablestream.query.index.VersionSummary;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The versions of a cable seen on {@code cables.enriched.v1} (a new content hash is a new version) and their diffs. */
@Path("/cables/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class CableVersionsResource {

    private final CableVersions versions;
    private final CurrentReader reader;

    CableVersionsResource(CableVersions versions, CurrentReader reader) {
        this.versions = versions;
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Every kept version of the cable, oldest first; current marks the one searches see")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VersionSummary.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.VERSIONS)))
    @APIResponse(responseCode = "404", description = "No cable with this reference ID is indexed",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cable-not-found", value = ApiExamples.NOT_FOUND)))
    public List<VersionSummary> list(
            @Parameter(description = "Reference ID", example = "\"07MOSCOW3804\"") @PathParam("id") String id) {
        return versions.of(id, reader.access()).orElseThrow(() -> new CableNotFoundException(id));
    }

    @GET
    @Path("diff")
    @Operation(summary = "Line diff of the body between two versions, as unified-diff hunks with three lines "
            + "of context")
    @APIResponse(responseCode = "200", description = "The diff",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionDiff.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DIFF)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    @APIResponse(responseCode = "404", description = "No cable with this reference ID is indexed",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cable-not-found", value = ApiExamples.NOT_FOUND)))
    public VersionDiff diff(
            @Parameter(description = "Reference ID", example = "\"07MOSCOW3804\"") @PathParam("id") String id,
            @Parameter(description = "Older version number; default the one before to", example = "1")
            @QueryParam("from") String from,
            @Parameter(description = "Newer version number; default the latest", example = "2") @QueryParam("to")
            String to) {
        return versions.diff(id, SearchParams.optionalWholeNumber("from", from),
                        SearchParams.optionalWholeNumber("to", to), reader.access())
                .orElseThrow(() -> new CableNotFoundException(id));
    }
}
