package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.Facet;
import io.cablestream.query.index.FacetDimension;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Listings of the values of one field with how many cables have each, most frequent first: TAGS,
 * origins, countries, people, organizations; over every cable, or over a search's matches.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class ListingResource {

    private final CableSearch search;
    private final CurrentReader reader;

    ListingResource(CableSearch search, CurrentReader reader) {
        this.search = search;
        this.reader = reader;
    }

    @GET
    @Path("tags")
    @Operation(summary = "TAGS codes with their meanings and how many cables carry each")
    @APIResponse(responseCode = "200", description = "Values with counts, most frequent first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Facet.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.LISTING)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Facet tags(@BeanParam SearchParams params, @Parameter(description = "Values returned", example = "100")
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return list(params, FacetDimension.TAG, limit);
    }

    @GET
    @Path("origins")
    @Operation(summary = "Origin posts and how many cables each sent")
    @APIResponse(responseCode = "200", description = "Values with counts, most frequent first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Facet.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.LISTING)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Facet origins(@BeanParam SearchParams params, @Parameter(description = "Values returned", example = "100")
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return list(params, FacetDimension.ORIGIN, limit);
    }

    @GET
    @Path("countries")
    @Operation(summary = "Countries of the geographic TAGS and how many cables concern each")
    @APIResponse(responseCode = "200", description = "Values with counts, most frequent first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Facet.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.LISTING)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Facet countries(@BeanParam SearchParams params, @Parameter(description = "Values returned", example = "100")
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return list(params, FacetDimension.COUNTRY, limit);
    }

    @GET
    @Path("people")
    @Operation(summary = "People named in cables (entities annotation), most often named first")
    @APIResponse(responseCode = "200", description = "Values with counts, most frequent first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Facet.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.LISTING)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Facet people(@BeanParam SearchParams params, @Parameter(description = "Values returned", example = "100")
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return list(params, FacetDimension.PERSON, limit);
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Organizations named in cables (entities annotation), most often named first")
    @APIResponse(responseCode = "200", description = "Values with counts, most frequent first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Facet.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.LISTING)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Facet organizations(@BeanParam SearchParams params,
            @Parameter(description = "Values returned", example = "100")
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return list(params, FacetDimension.ORGANIZATION, limit);
    }

    private Facet list(SearchParams params, FacetDimension dimension, String limit) {
        return search.facet(params.toRequest(reader.access()), dimension, SearchParams.wholeNumber("limit", limit));
    }
}
