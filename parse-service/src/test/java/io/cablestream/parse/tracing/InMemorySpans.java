package io.cablestream.parse.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Gives the tests' Quarkus application an in-memory span exporter; the OpenTelemetry extension
 * exports to it instead of OTLP, so tests can read the spans the stage made.
 */
@ApplicationScoped
class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
