package io.cablestream.contract.event;

/**
 * One TAGS code explained: the data of the {@code tags} annotation is a list of these.
 *
 * @param code the code as written, e.g. {@code PREL}
 * @param kind {@code subject}, {@code program}, {@code geographic}, {@code organization},
 *     {@code person} or {@code unknown}
 * @param meaning what the code stands for, or {@code null} when unknown
 * @param known whether the dictionary knows the code
 */
public record TagMeaning(String code, String kind, String meaning, boolean known) {
}
