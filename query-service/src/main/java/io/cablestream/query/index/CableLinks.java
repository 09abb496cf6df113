package io.cablestream.query.index;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.contract.topic.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The references between cables, read from the REF lists the parser recovered: which cables one
 * cable cites, each linked to the indexed cable. (Which cables cite one is a search on the
 * {@code ref} field.)
 */
public final class CableLinks {

    private final CableIndex index;

    public CableLinks(CableIndex index) {
        this.index = index;
    }

    /**
     * The REF list of the cable, each entry linked to the cited cable when {@code access} may see it; empty when
     * the cable is not indexed or {@code access} may not see it.
     */
    public Optional<List<CableReference>> references(String id, ReaderAccess access) {
        return index.json(id, access).map(json -> {
            List<ParsedCable.Reference> references = Objects.requireNonNullElse(
                    Topics.ENRICHED.decode(json).cable().references(), List.of());
            Map<String, SearchHit> cited = summaries(references.stream()
                    .map(ParsedCable.Reference::referenceId)
                    .filter(Objects::nonNull)
                    .toList(), access);
            return references.stream()
                    .map(ref -> new CableReference(ref.label(), ref.referenceId(), ref.text(),
                            ref.referenceId() == null ? null : cited.get(key(ref.referenceId()))))
                    .toList();
        });
    }

    /** The summaries of those of {@code ids} that are indexed, keyed by normalized reference ID. */
    private Map<String, SearchHit> summaries(List<String> ids, ReaderAccess access) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<BytesRef> terms = ids.stream().map(id -> new BytesRef(key(id))).toList();
        return index.read(searcher -> {
            Map<String, SearchHit> found = new HashMap<>();
            for (ScoreDoc doc : searcher.search(access.restrict(new TermInSetQuery(CableFields.ID, terms)), ids.size()).scoreDocs) {
                Document stored = searcher.storedFields().document(doc.doc, HitReader.hitFields());
                SearchHit hit = HitReader.hit(stored, null);
                found.put(key(hit.id()), hit);
            }
            return found;
        });
    }

    private String key(String id) {
        return index.analyzer().keywordTerm(CableFields.ID, id);
    }
}
