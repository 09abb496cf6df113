package io.cablestream.query.rest;

import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.InvalidQueryException;
import io.cablestream.query.ingest.IngestUnavailableException;
import io.cablestream.query.original.OriginalNotFoundException;
import io.cablestream.query.original.OriginalUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps failures to {@code application/problem+json}: unusable searches to 400, unknown cables and lost
 * original texts to 404, an unreadable broker to 503, ingest-service not answering for imports to 502/503/504.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return problem(Problem.of("invalid-query", "Invalid search request", 400, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notFound(CableNotFoundException e, UriInfo uri) {
        return problem(Problem.of("cable-not-found", "Cable not found", 404, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response originalNotFound(OriginalNotFoundException e, UriInfo uri) {
        return problem(Problem.of("original-not-found", "Original text not found", 404, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response originalUnavailable(OriginalUnavailableException e, UriInfo uri) {
        return problem(Problem.of("broker-unavailable", "Original text unavailable", 503,
                "The original text is read from Kafka and " + e.getMessage() + "; try again shortly", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response ingestUnavailable(IngestUnavailableException e, UriInfo uri) {
        return problem(Problem.of("ingest-unavailable", "Import progress unavailable", e.status(), e.getMessage(),
                uri.getPath()));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
