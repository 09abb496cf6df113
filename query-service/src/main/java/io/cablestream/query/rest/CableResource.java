package io.cablestream.query.rest;

import io.cablestream.query.index.CableIndex;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.InvalidQueryException;
import io.cablestream.query.index.SearchPage;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Reads and searches the cables indexed from {@code cables.enriched.v1}: one cable as its
 * EnrichedCable JSON, or pages of search hits linked by cursors.
 */
@Path("/cables")
@Produces(MediaType.APPLICATION_JSON)
public class CableResource {

    private final CableIndex index;
    private final CableSearch search;

    CableResource(CableIndex index, CableSearch search) {
        this.index = index;
        this.search = search;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The cable with this reference ID, as the EnrichedCable JSON of cables.enriched.v1")
    public Response get(@PathParam("id") String id) {
        byte[] json = index.json(id).orElseThrow(() -> new CableNotFoundException(id));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Operation(summary = "Search cables; without q, every cable newest first")
    public SearchPage search(
            @Parameter(description = "Lucene classic query syntax over subject and body; fields id, subject, body, "
                    + "tag, tagMeaning, origin, classification, caveat, year, e.g. tag:PREL AND \"nuclear fuel\"")
            @QueryParam("q") String q,
            @Parameter(description = "Hits per page") @QueryParam("limit") @DefaultValue("20") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return search.search(q, parseLimit(limit), cursor);
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("limit must be a whole number, was '" + limit + "'");
        }
    }
}
