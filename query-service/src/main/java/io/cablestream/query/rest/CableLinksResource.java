package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableFields;
import io.cablestream.query.index.CableLinks;
import io.cablestream.query.index.CableReference;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.SearchPage;
import io.cablestream.query.index.SearchRequest;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The references between cables, both ways: the REF list of a cable, and the cables whose REF list names it. */
@Path("/cables/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class CableLinksResource {

    private final CableLinks links;
    private final CableSearch search;
    private final CurrentReader reader;

    CableLinksResource(CableLinks links, CableSearch search, CurrentReader reader) {
        this.links = links;
        this.search = search;
        this.reader = reader;
    }

    @GET
    @Path("references")
    @Operation(summary = "The cables this cable cites (its REF list), each linked to the cited cable when indexed")
    @APIResponse(responseCode = "200", description = "The REF list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CableReference.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REFERENCES)))
    @APIResponse(responseCode = "404", description = "No cable with this reference ID is indexed",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cable-not-found", value = ApiExamples.NOT_FOUND)))
    public List<CableReference> references(
            @Parameter(description = "Reference ID", example = "\"07MOSCOW3804\"") @PathParam("id") String id) {
        return links.references(id, reader.access()).orElseThrow(() -> new CableNotFoundException(id));
    }

    @GET
    @Path("cited-by")
    @Operation(summary = "The cables whose REF list cites this reference ID, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of citing cables",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SEARCH_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public SearchPage citedBy(
            @Parameter(description = "Reference ID; need not be indexed itself", example = "\"07MOSCOW3804\"")
            @PathParam("id") String id,
            @Parameter(description = "Hits per page", example = "20") @QueryParam("limit") @DefaultValue("20")
            String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        var request = new SearchRequest(null, Map.of(CableFields.REF, List.of(id)), null, null, null, reader.access());
        return search.search(request, SearchParams.wholeNumber("limit", limit), cursor, List.of(), 1);
    }
}
