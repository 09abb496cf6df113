package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses, among overlapping candidates of one paragraph, the ones that become mentions: longer first, then
 * stronger evidence, then earlier; a person candidate keeps the title found with any candidate of the same span.
 */
public final class MentionResolver {

    private static final Comparator<Candidate> PREFERENCE = MentionResolver::preference;
    private static final Comparator<Candidate> POSITION = (a, b) -> Integer.compare(a.from(), b.from());

    private MentionResolver() {
    }

    public static List<Candidate> resolve(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        int tokens = 0;
        Map<Long, String> titles = new HashMap<>();
        for (Candidate candidate : candidates) {
            tokens = Math.max(tokens, candidate.to());
            if (candidate.title() != null) {
                titles.putIfAbsent(span(candidate), candidate.title());
            }
        }
        List<Candidate> preferred = new ArrayList<>(candidates);
        preferred.sort(PREFERENCE);
        boolean[] taken = new boolean[tokens];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : preferred) {
            if (isFree(taken, candidate)) {
                for (int i = candidate.from(); i < candidate.to(); i++) {
                    taken[i] = true;
                }
                chosen.add(withTitle(candidate, titles));
            }
        }
        chosen.sort(POSITION);
        return chosen;
    }

    /** Longer first, then stronger, then earlier. */
    private static int preference(Candidate a, Candidate b) {
        if (a.length() != b.length()) {
            return Integer.compare(b.length(), a.length());
        }
        if (a.strength() != b.strength()) {
            return Integer.compare(b.strength(), a.strength());
        }
        return Integer.compare(a.from(), b.from());
    }

    private static boolean isFree(boolean[] taken, Candidate candidate) {
        for (int i = candidate.from(); i < candidate.to(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static long span(Candidate candidate) {
        return ((long) candidate.from() << 32) | candidate.to();
    }

    private static Candidate withTitle(Candidate chosen, Map<Long, String> titles) {
        if (chosen.title() != null || chosen.type() != EntityType.PERSON) {
            return chosen;
        }
        String title = titles.get(span(chosen));
        return title == null ? chosen : new Candidate(chosen.from(), chosen.to(), chosen.type(), chosen.strength(), title);
    }
}
