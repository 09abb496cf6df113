package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits hyphenated words whose parts are known places, organizations or public figures, so that
 * {@code Dubai-based}, {@code KFOR-run}, {@code U.S.-Norway} and {@code anti-U.S.} expose the names inside
 * them, and pairs of names joined by a slash ({@code Putin/Medvedev}); names that are hyphenated themselves
 * ({@code Chatterton-Dixon}, {@code al-Qaeda}) and acronyms joined by a slash ({@code ISN/MTR}) stay whole.
 */
public final class HyphenatedWords {

    private final EntityLexicon lexicon;

    public HyphenatedWords(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Token> split(List<Token> tokens) {
        int first = firstJoined(tokens);
        if (first < 0) {
            return tokens;
        }
        List<Token> out = null;
        for (int i = first; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            char separator = token.text().indexOf('-') > 0 ? '-' : token.text().indexOf('/') > 0 ? '/' : 0;
            if (separator == 0 || isKnown(token.text()) || (separator == '/' && WordShapes.isAcronymPair(token.text()))) {
                if (out != null) {
                    out.add(token);
                }
                continue;
            }
            String[] parts = parts(token.text(), separator);
            boolean anyKnown = false;
            for (String part : parts) {
                anyKnown |= isKnown(part) || OrganizationFinder.isGovernmentAcronym(part)
                        || lexicon.publicFigures().containsWord(part) || (separator == '/' && isName(parts));
            }
            if (!anyKnown) {
                if (out != null) {
                    out.add(token);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.size() + 8);
                out.addAll(tokens.subList(0, i));
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
        return out == null ? tokens : out;
    }

    /** The index of the first token with an inner hyphen or slash, or -1. */
    private static int firstJoined(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if ((text.indexOf('-') > 0 || text.indexOf('/') > 0)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} split at every {@code separator}, empty parts kept. */
    private static String[] parts(String text, char separator) {
        List<String> parts = new ArrayList<>(3);
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + 1;
        }
        parts.add(text.substring(from));
        return parts.toArray(String[]::new);
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
