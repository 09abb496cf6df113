package io.cablestream.query.rest;

import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.InvalidQueryException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps query failures to {@code application/problem+json}: unusable searches to 400, unknown cables to 404. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return problem(Problem.of("invalid-query", "Invalid search request", 400, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notFound(CableNotFoundException e, UriInfo uri) {
        return problem(Problem.of("cable-not-found", "Cable not found", 404, e.getMessage(), uri.getPath()));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
