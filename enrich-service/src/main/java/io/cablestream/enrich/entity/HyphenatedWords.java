package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits hyphenated words whose parts are known places, organizations or public figures, so that
 * {@code Dubai-based}, {@code KFOR-run}, {@code U.S.-Norway} and {@code anti-U.S.} expose the names inside
 * them, and pairs of names joined by a slash ({@code Putin/Medvedev}); names that are hyphenated themselves
 * ({@code Chatterton-Dixon}, {@code al-Qaeda}) stay whole.
 */
public final class HyphenatedWords {

    private final EntityLexicon lexicon;

    public HyphenatedWords(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Token> split(List<Token> tokens) {
        if (tokens.stream().noneMatch(token -> token.text().indexOf('-') > 0 || token.text().indexOf('/') > 0)) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (Token token : tokens) {
            char separator = token.text().indexOf('-') > 0 ? '-' : token.text().indexOf('/') > 0 ? '/' : 0;
            if (separator == 0 || isKnown(token.text())) {
                out.add(token);
                continue;
            }
            String[] parts = token.text().split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
            boolean anyKnown = false;
            for (String part : parts) {
                anyKnown |= isKnown(part) || OrganizationFinder.GOVERNMENT_ACRONYM.matcher(part).matches()
                        || lexicon.publicFigures().containsWord(part) || (separator == '/' && isName(parts));
            }
            if (!anyKnown) {
                out.add(token);
                continue;
            }
            int offset = token.start();
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    out.add(new Token(String.valueOf(separator), offset, offset + 1, false));
                    offset++;
                }
                if (!parts[k].isEmpty()) {
                    out.add(new Token(parts[k], offset, offset + parts[k].length(), k == 0 && token.sentenceStart()));
                }
                offset += parts[k].length();
            }
        }
        return out;
    }

    private static boolean isName(String[] parts) {
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || part.chars().noneMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private boolean isKnown(String phrase) {
        return lexicon.places().containsWord(phrase) || lexicon.organizations().containsWord(phrase);
    }
}
