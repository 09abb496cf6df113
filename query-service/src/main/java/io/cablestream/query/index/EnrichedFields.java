package io.cablestream.query.index;

import io.cablestream.contract.event.RecordPosition;
import io.cablestream.contract.event.TagMeaning;
import java.time.Instant;
import java.util.List;

/**
 * What the index takes from one {@code cables.enriched.v1} event ({@link EnrichedFieldsReader} reads it
 * without decoding the rest): the cable's fields that are indexed or shown in hits, and the
 * annotations the index uses. Strings are {@code null} and lists empty when the event carries none.
 *
 * @param referenceId the cable's reference ID
 * @param contentHash hash of the raw text this version was parsed from
 * @param importId the import batch that delivered this version
 * @param collection the collection of that import; the default collection when the event names none
 * @param created creation date-time as written (ISO-8601)
 * @param level classification level
 * @param caveats classification caveats
 * @param origin origin post
 * @param tags TAGS codes in the order written
 * @param subject the SUBJECT line
 * @param references reference IDs of the REF list entries that name a cable, in order, without repeats
 * @param summary the summary paragraph's text
 * @param firstParagraph the text of the first paragraph that has any
 * @param body the cleaned body text
 * @param tagMeanings the data of the {@code tags} annotation
 * @param entities the entities of the {@code entities} annotation that have a name
 * @param enrichedAt when enrich-service produced the event
 * @param rawPosition where the cable's raw record lies on {@code cables.raw.v1}, or {@code null} when the event
 *     does not say
 */
record EnrichedFields(String referenceId, String contentHash, String importId, String collection, String created,
        String level, List<String> caveats, String origin, List<String> tags, String subject, List<String> references,
        String summary, String firstParagraph, String body, List<TagMeaning> tagMeanings,
        List<Annotations.Entity> entities, Instant enrichedAt, RecordPosition rawPosition) {
}
