package io.cablestream.enrich;

import io.cablestream.enrich.dictionary.AcronymDictionary;
import io.cablestream.enrich.dictionary.PostDictionary;
import io.cablestream.enrich.dictionary.TagDictionary;
import io.cablestream.enrich.entity.EntityRecognizer;
import io.cablestream.enrich.enricher.AcronymEnricher;
import io.cablestream.enrich.enricher.CableEnricher;
import io.cablestream.enrich.enricher.DateEnricher;
import io.cablestream.enrich.enricher.Enricher;
import io.cablestream.enrich.enricher.EntityEnricher;
import io.cablestream.enrich.enricher.LinkEnricher;
import io.cablestream.enrich.enricher.OriginEnricher;
import io.cablestream.enrich.enricher.RoutingEnricher;
import io.cablestream.enrich.enricher.TagEnricher;
import io.cablestream.enrich.dictionary.StationDictionary;
import io.cablestream.enrich.entity.EntityLexicon;
import java.util.ArrayList;
import java.util.List;

/** The service's enrichers and recognizer built without CDI, once per test JVM (the dictionaries load once). */
public final class Recognizers {

    private static final TagDictionary TAGS = new TagDictionary();
    private static final PostDictionary POSTS = new PostDictionary();
    private static final AcronymDictionary ACRONYMS = new AcronymDictionary(TAGS);
    private static final EntityRecognizer ENTITIES = new EntityRecognizer(new EntityLexicon(ACRONYMS, TAGS, POSTS));

    private Recognizers() {
    }

    public static EntityRecognizer entities() {
        return ENTITIES;
    }

    /** Every enricher the service runs. */
    public static List<Enricher> enrichers() {
        return List.of(new TagEnricher(TAGS), new OriginEnricher(POSTS, TAGS), new RoutingEnricher(new StationDictionary()),
                new AcronymEnricher(ACRONYMS), new EntityEnricher(ENTITIES), new DateEnricher(), new LinkEnricher(POSTS));
    }

    /** A cable enricher running the service's enrichers plus {@code extra}. */
    public static CableEnricher cableEnricher(Enricher... extra) {
        List<Enricher> all = new ArrayList<>(enrichers());
        all.addAll(List.of(extra));
        return new CableEnricher(all);
    }
}
