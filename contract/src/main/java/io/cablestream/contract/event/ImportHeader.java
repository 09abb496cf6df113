package io.cablestream.contract.event;

import java.time.Instant;

/**
 * An import batch: opened by a request, a CLI run or the inbox, closed once nothing more will be
 * received for it. Key: the import ID.
 *
 * @param importId the import ID, e.g. {@code imp-6f1c...}
 * @param name what is being imported, e.g. a file or folder name
 * @param via how it arrived: {@code http}, {@code cli} or {@code inbox}
 * @param openedAt when the import was opened
 * @param closedAt when receiving ended, or {@code null} while more files may come
 */
public record ImportHeader(String importId, String name, String via, Instant openedAt, Instant closedAt)
        implements ImportEvent {

    @Override
    public String key() {
        return importId;
    }
}
