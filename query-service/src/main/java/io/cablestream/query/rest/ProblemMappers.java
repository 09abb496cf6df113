package io.cablestream.query.rest;

import io.cablestream.contract.problem.AccessProblems;
import io.cablestream.contract.problem.Problem;
import io.cablestream.query.index.InvalidQueryException;
import io.cablestream.query.ingest.IngestUnavailableException;
import io.cablestream.query.original.OriginalNotFoundException;
import io.cablestream.query.original.OriginalUnavailableException;
import io.cablestream.query.security.UnusableTokenException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps failures to {@code application/problem+json}: unusable searches to 400, unknown (or unseeable)
 * cables and lost original texts to 404, an unreadable broker to 503, ingest-service not answering for
 * imports to 502/503/504, missing or invalid tokens to 401, missing roles and unusable claims to 403.
 */
public class ProblemMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(AccessProblems.unauthenticated(uri.getPath())))
                .header(HttpHeaders.WWW_AUTHENTICATE, AccessProblems.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request, ResourceInfo resource) {
        return problem(AccessProblems.forbidden(AccessProblems.missingRole(request.getMethod(), uri.getPath(),
                resource.getResourceClass()), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unusableToken(UnusableTokenException e, UriInfo uri) {
        return problem(AccessProblems.forbidden(e.getMessage(), uri.getPath()));
    }

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
