package io.cablestream.query.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets browsers authenticate to the live feed: {@code EventSource} cannot send an
 * {@code Authorization} header, so on {@value #PATH} only, an {@value #PARAMETER} query parameter
 * becomes the request's bearer token (when it has no {@code Authorization} header). Every other
 * endpoint takes the token from the header alone.
 */
@ApplicationScoped
class LiveFeedToken {

    /** The only path that accepts a token in its URL. */
    static final String PATH = "/cables/live";
    /** The query parameter carrying the token. */
    static final String PARAMETER = "access_token";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (PATH.equals(context.normalizedPath()) && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
                String token = context.request().getParam(PARAMETER);
                if (token != null && !token.isBlank()) {
                    context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.strip());
                }
            }
            context.next();
        }, 100);
    }
}
