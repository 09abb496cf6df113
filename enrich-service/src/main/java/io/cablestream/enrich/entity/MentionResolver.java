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

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::strength).reversed())
            .thenComparingInt(Candidate::from);

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
        chosen.sort(Comparator.comparingInt(Candidate::from));
        return chosen;
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
