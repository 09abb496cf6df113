package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.SearchRequest;
import io.cablestream.query.live.LiveFeed;
import io.cablestream.query.security.CurrentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Subscriptions to the {@link LiveFeed}: a saved search becomes a stream of the new cables that match it. */
@Path("/cables/live")
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class LiveResource {

    private final LiveFeed feed;
    private final CableSearch search;
    private final CurrentReader reader;

    LiveResource(LiveFeed feed, CableSearch search, CurrentReader reader) {
        this.feed = feed;
        this.search = search;
        this.reader = reader;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events of cables indexed from now on that match the search: first a "
            + "'subscribed' event, then a 'cable' event (a search hit as JSON) per matching new or changed cable")
    @APIResponse(responseCode = "200", description = "An endless event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS,
            examples = @ExampleObject(name = "events", value = ApiExamples.LIVE)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public void subscribe(@BeanParam SearchParams params, @Context SseEventSink sink, @Context Sse sse) {
        SearchRequest request = params.toRequest(reader.access());
        search.validate(request);
        feed.subscribe(request, sink, sse);
    }
}
