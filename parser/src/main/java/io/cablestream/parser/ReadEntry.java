package io.cablestream.parser;

/**
 * One entry that {@link CableReader} found in a file: either a {@link CableInput} ready to be
 * ingested or a {@link Rejection} saying why that entry could not be read. Switch over it:
 * <pre>{@code
 * switch (entry) {
 *     case CableInput input -> publish(input);
 *     case Rejection rejection -> report(rejection);
 * }
 * }</pre>
 */
public sealed interface ReadEntry permits CableInput, Rejection {
}
