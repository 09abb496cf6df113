package io.cablestream.ingest.rest;

import io.cablestream.contract.problem.AccessProblems;
import io.cablestream.contract.problem.Problem;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps ingest's failures to {@code application/problem+json}: rejected input to 4xx with the
 * reason, an upload that cannot be read to {@code 400}, an unreachable broker to {@code 503} with
 * {@code Retry-After}, a missing or invalid token to {@code 401}, a missing role to {@code 403}.
 */
public class ProblemMappers {

    private final IngestConfig config;

    ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return problem(AccessProblems.unauthenticated(uri.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, AccessProblems.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request, ResourceInfo resource) {
        return problem(AccessProblems.forbidden(AccessProblems.missingRole(request.getMethod(), uri.getPath(),
                resource.getResourceClass()), uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response rejected(RejectedCableException e, UriInfo uri) {
        return problem(Problem.of(e.slug(), e.title(), e.status(), e.getMessage(), uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e, UriInfo uri) {
        return problem(Problem.of("broker-unavailable", "Broker unavailable", 503, e.getMessage(), uri.getPath()))
                .header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response unreadable(UncheckedIOException e, UriInfo uri) {
        return problem(Problem.of("unreadable-input", "Unreadable input", 400, e.getMessage()
                + "; check that the upload was complete and send it again", uri.getPath())).build();
    }

    private static Response.ResponseBuilder problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
