package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shorter ways a cable refers again to a person it has named: every run of consecutive words of the full
 * name that holds a word other than a given name, an initial or a particle ({@code Lopez Portillo} and
 * {@code Portillo} for {@code Jaime Lopez Portillo}; {@code van der Linden} and {@code Van der Linden} for
 * {@code Rene van der Linden}), the full name itself, plus their upper-case forms used in signatures,
 * headings and cables typed in capitals ({@code STEPHENS}, {@code NESTOR KIRCHNER}).
 */
public final class NameVariants {

    private static final int MIN_SINGLE_WORD = 3;

    private final EntityLexicon lexicon;

    public NameVariants(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Set<String> of(List<String> words) {
        Set<String> variants = new LinkedHashSet<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= words.size(); to++) {
                List<String> run = words.subList(from, to);
                boolean whole = from == 0 && to == words.size();
                boolean surname = to == words.size() && isParticleOrInitial(run.getFirst()) && !run.getFirst().equals("-")
                        && run.size() > 1;
                if (surname) {
                    variants.add(String.join(" ", run));
                    variants.add(Character.toUpperCase(run.getFirst().charAt(0)) + String.join(" ", run).substring(1));
                } else if (isUsable(run) || ((whole || isSurname(words, run, to)) && run.size() == 1
                        && run.getFirst().length() >= MIN_SINGLE_WORD)) {
                    variants.add(String.join(" ", run));
                    variants.add(String.join(" ", run).toUpperCase(Locale.ROOT));
                }
            }
        }
        return variants;
    }

    /** The last word of a name of several words, its surname even when it is also a given name ("Leon"). */
    private boolean isSurname(List<String> words, List<String> run, int to) {
        return to == words.size() && words.size() > 1 && !isParticleOrInitial(run.getFirst());
    }

    private boolean isUsable(List<String> run) {
        if (isParticleOrInitial(run.getFirst()) || isParticleOrInitial(run.getLast())) {
            return false;
        }
        List<String> distinctive = new ArrayList<>();
        for (String word : run) {
            if (!lexicon.isGivenName(word) && !isParticleOrInitial(word) && !lexicon.isNotName(word)) {
                distinctive.add(word);
            }
        }
        return !distinctive.isEmpty() && (run.size() > 1 || run.getFirst().length() >= MIN_SINGLE_WORD);
    }

    private boolean isParticleOrInitial(String word) {
        return lexicon.isParticle(word.toLowerCase(Locale.ROOT)) || WordShapes.isInitials(word) || word.equals("-");
    }
}
