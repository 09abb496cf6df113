package io.cablestream.query.live;

import io.cablestream.contract.json.Json;
import io.cablestream.query.config.QueryConfig;
import io.cablestream.query.index.CableIndex;
import io.cablestream.query.index.CableSearch;
import io.cablestream.query.index.SearchHit;
import io.cablestream.query.index.SearchRequest;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The live feed: tells each subscriber, as Server-Sent Events, about every cable the index makes
 * searchable (new or changed, fed from {@code cables.enriched.v1}) that matches the subscriber's
 * search. The index reports the reference IDs of each refresh; one thread of the feed's own runs
 * each subscriber's search restricted to those cables and sends the hits, and sends heartbeats, so
 * the feeder never waits for a client. While nobody subscribes nothing is collected.
 */
@ApplicationScoped
public class LiveFeed {

    /** Event sent once the subscription is active: every cable indexed from then on is considered. */
    static final String SUBSCRIBED = "subscribed";
    /** Event carrying one matching cable as a search hit. */
    static final String CABLE = "cable";

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final CableIndex index;
    private final CableSearch search;
    private final QueryConfig.Live config;
    private final Set<LiveSubscription> subscriptions = new CopyOnWriteArraySet<>();
    private final Set<String> unsent = new LinkedHashSet<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-feed").daemon().factory());

    LiveFeed(CableIndex index, CableSearch search, QueryConfig config) {
        this.index = index;
        this.search = search;
        this.config = config.live();
    }

    void start(@Observes StartupEvent event) {
        index.onRefresh(this::indexed);
        long heartbeat = config.heartbeat().toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        sender.shutdownNow();
        subscriptions.forEach(LiveSubscription::close);
    }

    /**
     * Subscribes {@code sink} to the cables matching {@code request} that are indexed from now on,
     * and confirms with a {@value #SUBSCRIBED} event.
     */
    public void subscribe(SearchRequest request, SseEventSink sink, Sse sse) {
        var subscription = new LiveSubscription(request, sink, sse, config.maxPending());
        subscriptions.add(subscription);
        sender.execute(() -> {
            if (!subscription.send(SUBSCRIBED, json(Map.of("q", Objects.requireNonNullElse(request.q(), ""))))) {
                subscriptions.remove(subscription);
            }
        });
    }

    private void indexed(List<String> ids) {
        if (subscriptions.isEmpty()) {
            return;
        }
        boolean wasEmpty;
        synchronized (unsent) {
            wasEmpty = unsent.isEmpty();
            unsent.addAll(ids);
        }
        if (wasEmpty) {
            sender.execute(this::sendUnsent);
        }
    }

    private void sendUnsent() {
        List<String> ids;
        synchronized (unsent) {
            ids = List.copyOf(unsent);
            unsent.clear();
        }
        for (LiveSubscription subscription : subscriptions) {
            try {
                for (SearchHit hit : search.among(subscription.request(), ids)) {
                    if (!subscription.send(CABLE, json(hit))) {
                        subscriptions.remove(subscription);
                        break;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Live feed: cannot match %d new cables against %s", ids.size(), subscription.request());
            }
        }
    }

    private static String json(Object value) {
        return new String(Json.encode(value), StandardCharsets.UTF_8);
    }

    private void heartbeat() {
        subscriptions.removeIf(subscription -> !subscription.heartbeat());
    }
}
