package io.cablestream.contract.stage;

import io.cablestream.contract.event.RecordPosition;

/**
 * What a pipeline stage does to one event. Throwing rejects the input: the stage parks it on the
 * input topic's dead-letter topic with the exception's message as the reason.
 */
@FunctionalInterface
public interface Transform<I, O> {

    /**
     * @param input the decoded input event
     * @param position where the input record lies on its topic
     */
    O apply(I input, RecordPosition position) throws Exception;
}
