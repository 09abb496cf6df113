package io.cablestream.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates.stream().sorted(PREFERENCE).toList()) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(withTitle(candidate, candidates));
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::from));
        return chosen;
    }

    private static Candidate withTitle(Candidate chosen, List<Candidate> all) {
        if (chosen.title() != null || chosen.type() != EntityType.PERSON) {
            return chosen;
        }
        return all.stream()
                .filter(c -> c.from() == chosen.from() && c.to() == chosen.to() && c.title() != null)
                .findFirst()
                .map(c -> new Candidate(chosen.from(), chosen.to(), chosen.type(), chosen.strength(), c.title()))
                .orElse(chosen);
    }
}
