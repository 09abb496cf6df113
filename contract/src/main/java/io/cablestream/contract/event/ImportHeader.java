package io.cablestream.contract.event;

import java.time.Instant;

/**
 * An import batch: opened by a request, a CLI run or the inbox, closed once nothing more will be
 * received for it. Key: the import ID.
 *
 * @param importId the import ID, e.g. {@code imp-6f1c...}
 * @param name what is being imported, e.g. a file or folder name
 * @param collection the collection every cable of the import goes into ({@link RawCable#DEFAULT_COLLECTION}
 *        for headers written before collections existed)
 * @param via how it arrived: {@code http}, {@code cli} or {@code inbox}
 * @param openedAt when the import was opened
 * @param closedAt when receiving ended, or {@code null} while more files may come
 */
public record ImportHeader(String importId, String name, String collection, String via, Instant openedAt,
        Instant closedAt) implements ImportEvent {

    public ImportHeader {
        collection = collection == null || collection.isBlank() ? RawCable.DEFAULT_COLLECTION : collection;
    }

    /** The same import, closed at {@code closedAt}. */
    public ImportHeader closed(Instant closedAt) {
        return new ImportHeader(importId, name, collection, via, openedAt, closedAt);
    }

    @Override
    public String key() {
        return importId;
    }
}
