package io.cablestream.contract.problem;

import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * The problems every service with user APIs answers when access is refused: no or an invalid token
 * (401, with {@code WWW-Authenticate: Bearer}), or a token without the role an endpoint needs (403).
 */
public final class AccessProblems {

    /** Value of the {@code WWW-Authenticate} header sent with a 401. */
    public static final String CHALLENGE = "Bearer realm=\"cablestream\"";

    private AccessProblems() {
    }

    /** The request carried no token, or one that is expired, not signed by the expected key or from another issuer. */
    public static Problem unauthenticated(String path) {
        return Problem.of("unauthenticated", "Authentication required", 401,
                "this endpoint needs an access token: send 'Authorization: Bearer <token>' with a token from your "
                        + "identity provider (locally: ./cablestream token); a token that is expired, signed by "
                        + "another key or issued by another issuer is refused", path);
    }

    /** The token lacks the role, or carries a claim that cannot be used. */
    public static Problem forbidden(String detail, String path) {
        return Problem.of("forbidden", "Access denied", 403, detail, path);
    }

    /**
     * The detail of a 403 for a token without the roles that {@code resource}'s {@code @RolesAllowed} names
     * (read by name, so that this module needs no Jakarta dependency).
     */
    public static String missingRole(String method, String path, Class<?> resource) {
        String roles = resource == null ? "it needs" : Arrays.stream(resource.getAnnotations())
                .filter(annotation -> annotation.annotationType().getSimpleName().equals("RolesAllowed"))
                .map(AccessProblems::rolesOf).findFirst().orElse("it needs");
        return method + " " + path + " needs a token with the role " + roles + " (admin has every role); ask for a "
                + "token with it (locally: ./cablestream token --roles ...)";
    }

    private static String rolesOf(Annotation rolesAllowed) {
        try {
            return String.join(" or ", (String[]) rolesAllowed.annotationType().getMethod("value").invoke(rolesAllowed));
        } catch (ReflectiveOperationException e) {
            return "it needs";
        }
    }
}
