package io.cablestream.parser.field;

import io.cablestream.contract.event.ParsedCable.Classification;
import io.cablestream.contract.event.SourceMetadata;
import io.cablestream.parser.CableRejectedException;
import io.cablestream.parser.ReferenceIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the identity fields (reference ID, created, classification, origin) from what the
 * caller, the metadata and the text each say, preferring the caller, then metadata, then the text,
 * and records a warning wherever they disagree.
 */
public final class MetadataReconciler {

    /**
     * The decided fields.
     *
     * @param referenceId canonical reference ID
     * @param created ISO-8601 UTC creation time, or {@code null}
     * @param classification level and caveats, or {@code null}
     * @param origin origin post, or {@code null}
     * @param warnings the disagreements found
     */
    public record Identity(String referenceId, String created, Classification classification, String origin,
            List<String> warnings) {
    }

    private MetadataReconciler() {
    }

    /**
     * Reconciles {@code givenId} (the caller's key, may be {@code null}), {@code metadata} (may be
     * {@code null}) and the telegram's text.
     *
     * @throws CableRejectedException when no reference ID can be had from any of them
     */
    public static Identity reconcile(String givenId, SourceMetadata metadata, Telegram telegram) {
        List<String> warnings = new ArrayList<>();
        SourceMetadata meta = metadata != null ? metadata : new SourceMetadata(null, null, null, null);
        String id = referenceId(givenId, meta.referenceId(), ReferenceIdExtractor.fromText(telegram),
                telegram.createdFromText() != null || telegram.embeddedMetadata() != null, warnings);
        String created = created(meta.created(), telegram.createdFromText(), warnings);
        Classification classification = classification(meta.classification(),
                ClassificationExtractor.fromText(telegram), warnings);
        String origin = origin(meta.origin(), OriginExtractor.fromText(telegram), warnings);
        ReferenceIdExtractor.conflict(telegram).ifPresent(warnings::add);
        return new Identity(id, created, classification, origin, warnings);
    }

    private static String referenceId(String given, String declared, Optional<String> fromText, boolean yearDeclared,
            List<String> warnings) {
        Optional<String> givenId = canonicalOrWarn(given, "given reference ID", warnings);
        Optional<String> declaredId = canonicalOrWarn(declared, "metadata reference ID", warnings);
        String id = givenId.or(() -> declaredId).or(() -> fromText).orElseThrow(() -> new CableRejectedException(
                "no reference ID: no metadata names one, and the text has no banner with post and serial"
                        + " (e.g. 'MOSCOW 003804'), no page-break line and no routing header (DE serial, FM post)"
                        + " together with a date (DTG) giving the year",
                "supply the reference ID beside the text (metadata, CSV column or the raw event's referenceId)"));
        declaredId.filter(other -> !other.equals(id)).ifPresent(other ->
                warnings.add("reference ID " + id + " disagrees with the metadata's " + other));
        fromText.filter(other -> yearDeclared ? !other.equals(id) : !other.substring(2).equals(id.substring(2)))
                .ifPresent(other -> warnings.add("reference ID " + id + " disagrees with the text's " + other));
        if (givenId.isEmpty() && declaredId.isEmpty() && !yearDeclared) {
            warnings.add("the year of reference ID " + id + " was inferred: the text declares no date");
        }
        return id;
    }

    private static Optional<String> canonicalOrWarn(String id, String what, List<String> warnings) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<String> canonical = ReferenceIds.canonical(id);
        if (canonical.isEmpty()) {
            warnings.add(what + " '" + id + "' is not a reference ID and was ignored");
        }
        return canonical;
    }

    private static String created(String declared, String fromText, List<String> warnings) {
        Optional<String> declaredIso = Optional.empty();
        if (declared != null && !declared.isBlank()) {
            declaredIso = DateTimeGroups.normalize(declared);
            if (declaredIso.isEmpty()) {
                warnings.add("metadata created date '" + declared + "' is not a date and was ignored");
            }
        }
        if (declaredIso.isPresent() && fromText != null && !sameDay(declaredIso.get(), fromText)) {
            warnings.add("created " + declaredIso.get() + " (metadata) disagrees with the text's date " + fromText);
        }
        return declaredIso.orElse(fromText);
    }

    private static boolean sameDay(String a, String b) {
        return a.regionMatches(0, b, 0, "yyyy-MM-dd".length());
    }

    private static Classification classification(String declared, Optional<Classification> fromText,
            List<String> warnings) {
        Optional<Classification> declaredClassification = ClassificationExtractor.fromMetadata(declared);
        if (declared != null && !declared.isBlank() && declaredClassification.isEmpty()) {
            warnings.add("metadata classification '" + declared + "' is not a classification and was ignored");
        }
        if (declaredClassification.isEmpty()) {
            return fromText.orElse(null);
        }
        Classification chosen = declaredClassification.get();
        if (fromText.isEmpty()) {
            return chosen;
        }
        if (!fromText.get().level().equals(chosen.level())) {
            warnings.add("classification " + chosen.level() + " (metadata) disagrees with the text's "
                    + fromText.get().level());
        }
        List<String> caveats = new ArrayList<>(chosen.caveats());
        fromText.get().caveats().forEach(caveat -> Caveats.addOnce(caveats, caveat));
        return new Classification(chosen.level(), List.copyOf(caveats));
    }

    private static String origin(String declared, Optional<String> fromText, List<String> warnings) {
        if (declared == null || declared.isBlank()) {
            return fromText.orElse(null);
        }
        String origin = declared.strip();
        fromText.filter(other -> !other.equalsIgnoreCase(origin)).ifPresent(other ->
                warnings.add("origin " + origin + " (metadata) disagrees with the text's " + other));
        return origin;
    }
}
