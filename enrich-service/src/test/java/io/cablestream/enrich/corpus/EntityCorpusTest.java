package io.cablestream.enrich.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.Recognizers;
import io.cablestream.enrich.entity.Entities;
import io.cablestream.enrich.entity.EntityMention;
import io.cablestream.testsupport.TestCorpus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Measures entity recognition against the hand-labelled corpus cables: a mention counts when paragraph, offsets
 * and type all match a label. Prints precision and recall per type for the cables the recognizer was tuned on,
 * the held-out batch and all of them, and asserts at least 0.85 for people and organizations over all of them.
 */
class EntityCorpusTest {

    private static final double REQUIRED = 0.85;
    private static final double MAX_UNALIGNED_SHARE = 0.02;
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    @Test
    void findsPeopleAndOrganizationsOfTheLabelledCablesWithPrecisionAndRecallOfAtLeast085() {
        TestCorpus.folder();
        Set<String> expected = new HashSet<>();
        Set<String> found = new HashSet<>();
        Map<String, String> setOfCable = new HashMap<>();
        int labels = 0;
        int unaligned = 0;
        var byCable = EntityLabels.load();
        for (var cable : byCable.entrySet()) {
            var parsed = CorpusCables.wikileaks(cable.getKey());
            for (var label : cable.getValue()) {
                labels++;
                setOfCable.put(label.referenceId(), label.set());
                var aligned = EntityLabels.align(label, parsed);
                if (aligned.isEmpty()) {
                    unaligned++;
                    continue;
                }
                var l = aligned.get();
                expected.add(key(l.referenceId(), l.paragraph(), l.start(), l.end(), l.type()));
            }
            Entities entities = Recognizers.entities().recognize(parsed);
            add(found, parsed, entities.people(), Entities.Person::mentions, "PER");
            add(found, parsed, entities.organizations(), Entities.Organization::mentions, "ORG");
            add(found, parsed, entities.locations(), Entities.Location::mentions, "LOC");
        }
        assertThat(unaligned).as("labels whose span the parser's text no longer holds; re-check them against the "
                + "guidelines").isLessThanOrEqualTo((int) (labels * MAX_UNALIGNED_SHARE));

        System.out.printf("Entity recognition on %d labelled cables (%d labels, %d no longer aligned):%n",
                byCable.size(), labels, unaligned);
        Map<String, double[]> all = new HashMap<>();
        for (String set : List.of("tuned", "held-out", "all")) {
            Function<String, Boolean> inSet = k -> isIn(set, setOfCable.get(k.substring(0, k.indexOf('|'))));
            Set<String> expectedInSet = new HashSet<>(expected.stream().filter(inSet::apply).toList());
            Set<String> foundInSet = new HashSet<>(found.stream().filter(inSet::apply).toList());
            for (String type : TYPES) {
                double[] s = score(expectedInSet, foundInSet, type);
                System.out.printf("  %-12s %s precision %.3f recall %.3f (true %d, found %d, labelled %d)%n", set, type,
                        s[0], s[1], (long) s[2], (long) s[3], (long) s[4]);
                if (set.equals("all")) {
                    all.put(type, s);
                }
            }
        }
        for (String type : List.of("PER", "ORG")) {
            assertThat(all.get(type)[0]).as(type + " precision").isGreaterThanOrEqualTo(REQUIRED);
            assertThat(all.get(type)[1]).as(type + " recall").isGreaterThanOrEqualTo(REQUIRED);
        }
    }

    /**
     * Whether a cable of label set {@code cableSet} counts in the printed set: {@code tuned} is the cables the
     * recognizer was developed or corrected on ({@code development}, {@code second-batch}), {@code held-out} the
     * latest batch, {@code all} both.
     */
    private static boolean isIn(String set, String cableSet) {
        return switch (set) {
            case "tuned" -> cableSet.equals("development") || cableSet.equals("second-batch");
            case "held-out" -> cableSet.equals("held-out");
            default -> true;
        };
    }

    /** Adds the mentions in numbered paragraphs, keyed by paragraph number as the labels are. */
    private static <E> void add(Set<String> found, ParsedCable cable, List<E> entities,
            Function<E, List<EntityMention>> mentions, String type) {
        for (E entity : entities) {
            for (EntityMention m : mentions.apply(entity)) {
                Integer number = cable.paragraphs().get(m.paragraph() - 1).number();
                if (number != null) {
                    found.add(key(cable.referenceId(), number, m.start(), m.end(), type));
                }
            }
        }
    }

    /** Precision, recall, true positives, found, labelled. */
    private static double[] score(Set<String> expected, Set<String> found, String type) {
        long labelled = expected.stream().filter(k -> k.endsWith(type)).count();
        long predicted = found.stream().filter(k -> k.endsWith(type)).count();
        long correct = found.stream().filter(k -> k.endsWith(type) && expected.contains(k)).count();
        return new double[] {predicted == 0 ? 0 : (double) correct / predicted, labelled == 0 ? 0 : (double) correct / labelled,
            correct, predicted, labelled};
    }

    private static String key(String referenceId, int paragraph, int start, int end, String type) {
        return referenceId + "|" + paragraph + "|" + start + "|" + end + "|" + type;
    }
}
