package io.cablestream.contract.stage;

/**
 * Writes the output record value of a pipeline stage. The default is the output topic's own encoding; a stage
 * whose output embeds its input unchanged may write the input record's bytes into it instead of encoding the
 * decoded copy again (enrich-service splices the parsed event into the enriched one).
 */
@FunctionalInterface
public interface OutputEncoder<O> {

    /**
     * @param output what the stage's transform returned
     * @param input the value of the input record it was made from, as read from the topic
     */
    byte[] encode(O output, byte[] input);
}
