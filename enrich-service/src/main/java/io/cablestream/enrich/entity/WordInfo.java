package io.cablestream.enrich.entity;

/**
 * Everything the lexicon knows about one word, looked up once per token.
 *
 * @param givenName opens personal names ({@code Kathleen}); hyphenated given names count by their first part
 * @param particle a lower-case word inside names ({@code van}, {@code de})
 * @param reportingVerb marks a preceding name as a speaker ({@code said})
 * @param notName a capitalized word that never names a person ({@code The}, {@code Post}, {@code Russians})
 * @param titleDomain a field of responsibility inside titles ({@code Defense} in "Minister of Defense")
 * @param title the title word it is as written, or {@code null}
 * @param lowerCaseOffice the office it names when written in lower case ({@code spokesman}), or {@code null}
 * @param organizationWord its role in organization names ({@code head}, {@code legislature} ...), or {@code null}
 * @param demonym ISO code of the country a nationality adjective refers to ("" for regions), or {@code null}
 * @param opensPhrase whether a known place, organization or public figure starts with this word
 */
public record WordInfo(boolean givenName, boolean particle, boolean reportingVerb, boolean notName, boolean titleDomain,
        TitleWord title, TitleWord lowerCaseOffice, String organizationWord, String demonym, boolean opensPhrase) {

    /** What the lexicon knows about a word it has never seen: nothing. */
    public static final WordInfo NONE = new WordInfo(false, false, false, false, false, null, null, null, null, false);

    /** The same facts, except that the word never names a person. */
    public WordInfo asNotName() {
        return new WordInfo(givenName, particle, reportingVerb, true, titleDomain, title, lowerCaseOffice,
                organizationWord, demonym, opensPhrase);
    }

    /** The same facts, and a known phrase starts with the word. */
    public WordInfo asPhraseStart() {
        return new WordInfo(givenName, particle, reportingVerb, notName, titleDomain, title, lowerCaseOffice,
                organizationWord, demonym, true);
    }
}
