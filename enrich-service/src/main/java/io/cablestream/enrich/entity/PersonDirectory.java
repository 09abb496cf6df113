package io.cablestream.enrich.entity;

import io.cablestream.contract.event.ParsedCable.ClassifiedBy;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups the person mentions of one cable into people: a short form ("Stephens", "PDAS Stephens") joins the
 * one full name it is part of ("Kathleen Stephens"); the key is that full name normalized. Collects each
 * person's roles from the titles written with the name, abbreviations expanded, and adds the people of the
 * "Classified By" line and the signature.
 */
public final class PersonDirectory {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final EntityLexicon lexicon;
    private final List<Entry> entries = new ArrayList<>();

    private static final class Entry {
        final List<String> words;
        final List<EntityMention> mentions = new ArrayList<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> fields = new LinkedHashSet<>();
        String name;

        Entry(List<String> words, String name) {
            this.words = words;
            this.name = name;
        }
    }

    public PersonDirectory(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the mentions (person mentions of all paragraphs, any order). */
    public void addMentions(List<EntityMention> mentions) {
        record Keyed(EntityMention mention, List<String> words) {
        }
        List<Keyed> byLength = new ArrayList<>(mentions.size());
        mentions.forEach(mention -> byLength.add(new Keyed(mention, keyWords(mention.text()))));
        byLength.sort(Comparator.comparingInt((Keyed k) -> k.words().size()).reversed());
        for (Keyed keyed : byLength) {
            EntityMention mention = keyed.mention();
            List<String> words = keyed.words();
            if (words.isEmpty()) {
                continue;
            }
            Entry entry = entryFor(words, mention.text());
            entry.mentions.add(mention);
            if (mention.title() != null) {
                role(mention.title()).ifPresent(entry.roles::add);
            }
            if (preferredName(mention.text(), entry.name)) {
                entry.name = oneLine(mention.text());
            }
        }
    }

    public void addClassifiedBy(ClassifiedBy classifiedBy) {
        if (classifiedBy == null || classifiedBy.name() == null || keyWords(classifiedBy.name()).isEmpty()) {
            return;
        }
        Entry entry = entryFor(keyWords(classifiedBy.name()), classifiedBy.name());
        entry.fields.add("classifiedBy");
        if (preferredName(classifiedBy.name(), entry.name)) {
            entry.name = oneLine(classifiedBy.name());
        }
        if (classifiedBy.title() != null && !classifiedBy.title().isBlank()) {
            role(classifiedBy.title()).ifPresent(entry.roles::add);
        }
    }

    public void addSigners(List<String> signers) {
        for (String signer : signers == null ? List.<String>of() : signers) {
            List<String> words = keyWords(signer);
            if (!words.isEmpty()) {
                entryFor(words, signer).fields.add("signers");
            }
        }
    }

    public List<Entities.Person> people() {
        return entries.stream()
                .map(e -> new Entities.Person(String.join(" ", e.words), displayName(e.name), List.copyOf(e.roles),
                        List.copyOf(e.fields), e.mentions.stream()
                                .sorted(Comparator.comparingInt(EntityMention::paragraph).thenComparingInt(EntityMention::start))
                                .toList()))
                .toList();
    }

    private Entry entryFor(List<String> words, String name) {
        List<Entry> containing = entries.stream().filter(e -> isRun(words, e.words)).toList();
        if (containing.size() > 1) {
            containing = containing.stream().filter(e -> endsWith(e.words, words)).toList();
        }
        if (containing.size() == 1) {
            return containing.getFirst();
        }
        var entry = entries.stream().filter(e -> e.words.equals(words)).findFirst().orElse(null);
        if (entry == null) {
            entry = new Entry(words, oneLine(name));
            entries.add(entry);
        }
        return entry;
    }

    private java.util.Optional<String> role(String title) {
        List<String> expanded = new ArrayList<>();
        boolean office = false;
        for (String word : WHITESPACE.split(title.trim())) {
            TitleWord titleWord = lexicon.title(word);
            office |= titleWord == null || !titleWord.kind().equals("honorific");
            if (titleWord == null || !titleWord.kind().equals("honorific")) {
                expanded.add(titleWord != null && titleWord.expansion() != null ? titleWord.expansion() : word);
            }
        }
        return office && !expanded.isEmpty() ? java.util.Optional.of(String.join(" ", expanded)) : java.util.Optional.empty();
    }

    /** The words identifying a person: lower case, accents and initials removed, {@code al-} prefixes dropped. */
    List<String> keyWords(String name) {
        String folded = fold(name);
        List<String> words = new ArrayList<>(4);
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && folded.charAt(end) != ',' && !Character.isWhitespace(folded.charAt(end))) {
                end++;
            }
            int from = end - i >= 3 && (folded.startsWith("al-", i) || folded.startsWith("el-", i)) ? i + 3 : i;
            String word = folded.substring(from, end);
            if (!word.isEmpty() && !isLowerCaseInitials(word) && !lexicon.isParticle(word)) {
                words.add(word);
            }
            i = end;
        }
        return words;
    }

    /** Lower case without accents; plain ASCII names are only lower-cased. */
    private static String fold(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** One or more lower-case letters each followed by a dot: {@code a.}, {@code j.j.}. */
    private static boolean isLowerCaseInitials(String word) {
        if (word.length() < 2 || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z' || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isRun(List<String> part, List<String> whole) {
        return part.size() <= whole.size() && java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    private static boolean endsWith(List<String> whole, List<String> part) {
        return whole.size() >= part.size() && whole.subList(whole.size() - part.size(), whole.size()).equals(part);
    }

    private static boolean preferredName(String candidate, String current) {
        boolean candidateMixed = !candidate.equals(candidate.toUpperCase(Locale.ROOT));
        boolean currentMixed = current != null && !current.equals(current.toUpperCase(Locale.ROOT));
        return current == null || (candidateMixed && !currentMixed)
                || (candidateMixed == currentMixed && oneLine(candidate).length() > current.length());
    }

    private static String oneLine(String text) {
        return WordShapes.oneLine(text);
    }

    private static String displayName(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        var out = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
