package io.cablestream.contract.event;

/**
 * Where a record lies on its topic, so that it can be read again with one seek.
 *
 * @param partition the topic partition
 * @param offset the record's offset in that partition
 */
public record RecordPosition(int partition, long offset) {
}
