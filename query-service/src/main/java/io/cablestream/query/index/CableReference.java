package io.cablestream.query.index;

/**
 * One entry of a cable's REF list, linked to the cited cable when this replica has it.
 *
 * @param label the letter, e.g. {@code A}
 * @param referenceId the cited cable's reference ID, or {@code null} when the entry is no cable
 * @param text the entry as written
 * @param cable the cited cable's summary (without snippet), or {@code null} when it is not indexed
 */
public record CableReference(String label, String referenceId, String text, SearchHit cable) {
}
