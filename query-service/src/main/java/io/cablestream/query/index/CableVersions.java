package io.cablestream.query.index;

import io.cablestream.query.diff.LineDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The version history of cables as a read model: which versions of a cable were seen (a new
 * content hash is a new version) and a line diff of the bodies of any two.
 */
public final class CableVersions {

    private final CableIndex index;

    public CableVersions(CableIndex index) {
        this.index = index;
    }

    /**
     * The cable's versions {@code access} may see, oldest first, or empty when the cable is not indexed or
     * {@code access} may not see its indexed version.
     */
    public Optional<List<VersionSummary>> of(String id, ReaderAccess access) {
        List<CableVersion> versions = visibleVersions(id, access);
        return versions.isEmpty() ? Optional.empty() : Optional.of(summaries(id, versions));
    }

    /**
     * One version of the cable among those {@code access} may see, or empty when it is not indexed or
     * {@code access} may not see its indexed version.
     *
     * @param number a version number, or {@code null} for the one searches see
     * @throws InvalidQueryException when the version number does not exist
     */
    public Optional<VersionSummary> version(String id, Integer number, ReaderAccess access) {
        List<CableVersion> versions = visibleVersions(id, access);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<VersionSummary> summaries = summaries(id, versions);
        if (number != null) {
            return Optional.of(summaries.get(check(id, "version", number, versions.size()) - 1));
        }
        return summaries.stream().filter(VersionSummary::current).findFirst().or(() -> Optional.of(summaries.getLast()));
    }

    /**
     * The diff between versions {@code from} and {@code to} of the cable, numbered among those {@code access}
     * may see, or empty when it is not indexed or {@code access} may not see its indexed version.
     *
     * @param from a version number, or {@code null} for the one before {@code to}
     * @param to a version number, or {@code null} for the latest
     * @throws InvalidQueryException when a version number does not exist
     */
    public Optional<VersionDiff> diff(String id, Integer from, Integer to, ReaderAccess access) {
        List<CableVersion> versions = visibleVersions(id, access);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        int newer = to == null ? versions.size() : check(id, "to", to, versions.size());
        int older = from == null ? Math.max(1, newer - 1) : check(id, "from", from, versions.size());
        List<VersionSummary> summaries = summaries(id, versions);
        return Optional.of(new VersionDiff(versions.getFirst().id(), summaries.get(older - 1), summaries.get(newer - 1),
                LineDiff.between(versions.get(older - 1).body(), versions.get(newer - 1).body())));
    }

    private List<CableVersion> visibleVersions(String id, ReaderAccess access) {
        if (!index.visible(id, access)) {
            return List.of();
        }
        return index.versions(id).stream().filter(version -> access.permits(version.level(), version.collection()))
                .toList();
    }

    private List<VersionSummary> summaries(String id, List<CableVersion> versions) {
        String current = index.contentHash(id).orElse(null);
        var summaries = new ArrayList<VersionSummary>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            CableVersion version = versions.get(i);
            summaries.add(new VersionSummary(i + 1, version.contentHash(), version.importId(), version.enrichedAt(),
                    version.subject(), version.contentHash() != null && version.contentHash().equals(current),
                    version.rawPosition()));
        }
        return summaries;
    }

    private static int check(String id, String parameter, int number, int count) {
        if (number < 1 || number > count) {
            throw new InvalidQueryException(parameter + ": cable " + id + " has versions 1 to " + count + ", not "
                    + number);
        }
        return number;
    }
}
