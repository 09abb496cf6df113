package io.cablestream.stack;

import java.time.Duration;

/** Waiting between polls without letting interruption go unnoticed. */
final class Sleep {

    private Sleep() {
    }

    static void quietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}
