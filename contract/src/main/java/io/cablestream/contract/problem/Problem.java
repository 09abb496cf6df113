package io.cablestream.contract.problem;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), the body of every HTTP error
 * the services return: what was wrong ({@code title}), exactly where and how to fix it ({@code detail}).
 *
 * @param type a URI naming the kind of problem, e.g. {@code https://cablestream.io/problems/not-a-cable}
 * @param title short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what exactly went wrong with this request and how to fix it
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type URI is derived from a short slug, e.g. {@code not-a-cable}. */
    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem("https://cablestream.io/problems/" + slug, title, status, detail, instance);
    }
}
