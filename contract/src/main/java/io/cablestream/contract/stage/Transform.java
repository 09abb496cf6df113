package io.cablestream.contract.stage;

/**
 * What a pipeline stage does to one event. Throwing rejects the input: the stage parks it on the
 * input topic's dead-letter topic with the exception's message as the reason.
 */
@FunctionalInterface
public interface Transform<I, O> {

    O apply(I input) throws Exception;
}
