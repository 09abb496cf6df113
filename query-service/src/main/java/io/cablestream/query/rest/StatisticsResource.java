package io.cablestream.query.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.CableStatistics;
import io.cablestream.query.index.CorpusStats;
import io.cablestream.query.index.Histogram;
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

/** Aggregates: a time histogram of any search's matches, and statistics of the whole indexed corpus. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class StatisticsResource {

    private final CableStatistics statistics;
    private final CurrentReader reader;

    StatisticsResource(CableStatistics statistics, CurrentReader reader) {
        this.statistics = statistics;
        this.reader = reader;
    }

    @GET
    @Path("histogram")
    @Operation(summary = "How many matching cables were created in each year or month, with empty periods included")
    @APIResponse(responseCode = "200", description = "The histogram",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Histogram.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.HISTOGRAM)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be used; detail says which and how to fix it",
            content = @Content(mediaType = ApiExamples.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-query", value = ApiExamples.INVALID_QUERY)))
    public Histogram histogram(@BeanParam SearchParams params,
            @Parameter(description = "year or month", example = "month") @QueryParam("interval") @DefaultValue("month")
            String interval) {
        return statistics.histogram(params.toRequest(reader.access()), CableStatistics.Interval.named(interval));
    }

    @GET
    @Path("stats")
    @Operation(summary = "Figures about every indexed cable: counts, date span, distinct values, top TAGS, origins, "
            + "countries")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CorpusStats.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.STATS)))
    public CorpusStats stats() {
        return statistics.stats(reader.access());
    }
}
