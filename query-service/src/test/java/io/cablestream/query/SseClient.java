package io.cablestream.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests, on the JDK's HTTP client: it reads the event stream as it
 * arrives on a thread of its own and hands out complete events ({@code event:} and {@code data:}
 * lines up to a blank line; comments are skipped).
 */
public final class SseClient implements AutoCloseable {

    /** One received event. */
    public record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final int status;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.lines = response.body();
        Thread.ofPlatform().daemon().name("sse-client").start(this::read);
    }

    /** Opens the event stream at {@code uri}; returns once the response headers arrived. */
    public static SseClient open(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
        return new SseClient(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    public int status() {
        return status;
    }

    /** The next event, waiting up to {@code timeout}; fails when none arrives. */
    public Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no server-sent event within " + timeout);
        }
        return event;
    }

    @Override
    public void close() {
        lines.close();
    }

    private void read() {
        String name = "message";
        var data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }
}
