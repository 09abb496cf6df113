package io.cablestream.ingest.inbox;

import io.cablestream.contract.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inbox's layout on disk. Files are dropped in the folder itself; a file is claimed by moving it
 * (atomically) to {@code processing/<importId>--<name>}, which records its import ID on disk, so a
 * restart resumes it under the same import instead of importing it again; once imported it is moved
 * to {@code done/} or {@code failed/} with {@code <name>.report.json} beside it. Hidden files and
 * names ending in {@code .part} or {@code .tmp} (still being written) are left alone, as is any file
 * whose size or modification time changed within the settle time.
 */
final class InboxFolder {

    static final String SEPARATOR = "--";

    private final Path root;
    private final Path processing;
    private final Path done;
    private final Path failed;
    private final Duration settleTime;
    private final Map<Path, Seen> seen = new HashMap<>();

    private record Seen(long size, FileTime modified) {
    }

    /** A file claimed for an import. */
    record Claimed(Path file, String importId, String name) {
    }

    InboxFolder(Path root, Duration settleTime) throws IOException {
        this.root = root;
        this.processing = root.resolve("processing");
        this.done = root.resolve("done");
        this.failed = root.resolve("failed");
        this.settleTime = settleTime;
        for (Path dir : List.of(root, processing, done, failed)) {
            Files.createDirectories(dir);
        }
    }

    /** Files claimed before (by a run that stopped before finishing them), oldest first. */
    List<Claimed> unfinished() throws IOException {
        try (Stream<Path> files = Files.list(processing)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().contains(SEPARATOR))
                    .sorted().map(InboxFolder::claimedOf).toList();
        }
    }

    /** Files dropped in the inbox that have stopped changing, in name order. */
    List<Path> settled() throws IOException {
        Instant now = Instant.now();
        try (Stream<Path> files = Files.list(root)) {
            List<Path> candidates = files.filter(Files::isRegularFile).filter(InboxFolder::isComplete).sorted().toList();
            seen.keySet().retainAll(candidates);
            return candidates.stream().filter(file -> hasSettled(file, now)).toList();
        }
    }

    /** Moves a settled file to {@code processing/}; empty when another claimer took it first. */
    Optional<Claimed> claim(Path file, String importId) throws IOException {
        String name = file.getFileName().toString();
        Path target = processing.resolve(importId + SEPARATOR + name);
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
        seen.remove(file);
        return Optional.of(new Claimed(target, importId, name));
    }

    /** Moves an imported file to {@code done/} or {@code failed/} and writes its report beside it. */
    Path finish(Claimed claimed, boolean succeeded, Object report) throws IOException {
        Path dir = succeeded ? done : failed;
        Path target = dir.resolve(claimed.name());
        if (Files.exists(target)) {
            target = dir.resolve(claimed.name() + "." + claimed.importId());
        }
        Path reportFile = target.resolveSibling(target.getFileName() + ".report.json");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(reportFile.toFile(), report);
        Files.move(claimed.file(), target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private boolean hasSettled(Path file, Instant now) {
        try {
            var current = new Seen(Files.size(file), Files.getLastModifiedTime(file));
            Seen before = seen.put(file, current);
            return current.equals(before)
                    && Duration.between(current.modified().toInstant(), now).compareTo(settleTime) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isComplete(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
    }

    private static Claimed claimedOf(Path file) {
        String fileName = file.getFileName().toString();
        int separator = fileName.indexOf(SEPARATOR);
        return new Claimed(file, fileName.substring(0, separator), fileName.substring(separator + SEPARATOR.length()));
    }
}
