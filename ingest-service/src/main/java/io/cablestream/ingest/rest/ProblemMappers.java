package io.cablestream.ingest.rest;

import io.cablestream.contract.problem.Problem;
import io.cablestream.ingest.config.IngestConfig;
import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.ingest.messaging.BrokerUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.UncheckedIOException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps ingest's failures to {@code application/problem+json}: rejected input to 4xx with the
 * reason, an upload that cannot be read to {@code 400}, an unreachable broker to {@code 503} with
 * {@code Retry-After}.
 */
public class ProblemMappers {

    private final IngestConfig config;

    ProblemMappers(IngestConfig config) {
        this.config = config;
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
