package io.cablestream.query.live;

import io.cablestream.query.index.SearchRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client's Server-Sent Events stream of newly indexed cables matching its search. Sends are
 * asynchronous; a subscription with too many unsent events, or whose client went away, is closed.
 */
final class LiveSubscription {

    private final SearchRequest request;
    private final SseEventSink sink;
    private final Sse sse;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();

    LiveSubscription(SearchRequest request, SseEventSink sink, Sse sse, int maxPending) {
        this.request = request;
        this.sink = sink;
        this.sse = sse;
        this.maxPending = maxPending;
    }

    SearchRequest request() {
        return request;
    }

    /** Sends a named event with a JSON payload; returns whether the subscription is still open. */
    boolean send(String name, String json) {
        return send(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(json).build());
    }

    /** Sends a comment, which clients ignore; returns whether the subscription is still open. */
    boolean heartbeat() {
        return send(sse.newEventBuilder().comment("heartbeat").build());
    }

    void close() {
        sink.close();
    }

    private boolean send(OutboundSseEvent event) {
        if (sink.isClosed()) {
            return false;
        }
        if (pending.incrementAndGet() > maxPending) {
            sink.close();
            return false;
        }
        sink.send(event).whenComplete((ignored, failure) -> {
            pending.decrementAndGet();
            if (failure != null) {
                sink.close();
            }
        });
        return true;
    }
}
