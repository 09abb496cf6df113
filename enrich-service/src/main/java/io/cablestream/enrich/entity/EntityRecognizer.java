package io.cablestream.enrich.entity;

import io.cablestream.contract.event.ParsedCable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds the people, organizations and places of a cable's paragraphs, in two passes: the first finds
 * mentions from direct evidence (titles, given names, dictionaries, patterns); the second also finds the
 * names the cable has established — short forms of people's names and the acronyms it defines — wherever
 * else they occur. Thread-safe; one instance serves every cable.
 */
@Singleton
public class EntityRecognizer {

    private static final java.util.regex.Pattern MIXED_ACRONYM = java.util.regex.Pattern.compile("[A-Z][a-z][A-Z]+");

    private record Echo(EntityType type, int strength) {
    }

    private final EntityLexicon lexicon;
    private final HyphenatedWords hyphenated;
    private final NameVariants variants;

    public EntityRecognizer(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.hyphenated = new HyphenatedWords(lexicon);
        this.variants = new NameVariants(lexicon);
    }

    public Entities recognize(ParsedCable cable) {
        List<ParsedCable.Paragraph> all = cable.paragraphs() == null ? List.of() : cable.paragraphs();
        List<ParagraphTokens> paragraphs = IntStream.range(0, all.size())
                .filter(i -> all.get(i) != null && all.get(i).text() != null)
                .mapToObj(i -> new ParagraphTokens(i + 1, all.get(i).text(),
                        hyphenated.split(Tokenizer.tokenize(all.get(i).text())), lexicon))
                .toList();
        Set<String> signers = new HashSet<>();
        (cable.signers() == null ? List.<String>of() : cable.signers())
                .forEach(s -> Arrays.stream(s.trim().split("\\s+"))
                        .filter(word -> word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !lexicon.isNotName(word))
                        .forEach(signers::add));
        var capitalizedMidSentence = new MidSentenceWords(paragraphs);
        List<List<Candidate>> found = new ArrayList<>();
        for (ParagraphTokens paragraph : paragraphs) {
            var context = new PersonFinder.CableContext(signers, capitalizedMidSentence,
                    paragraph == paragraphs.getLast());
            List<Candidate> candidates = new ArrayList<>(PersonFinder.find(paragraph, context));
            candidates.addAll(OrganizationFinder.find(paragraph));
            candidates.addAll(PlaceFinder.find(paragraph));
            found.add(candidates);
        }
        var definitions = new AcronymDefinitions();
        List<List<Candidate>> first = found.stream().map(MentionResolver::resolve).toList();
        PhraseIndex<Echo> echoes = echoes(paragraphs, first, definitions);
        List<List<Candidate>> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Candidate> candidates = null;
            List<Token> tokens = paragraphs.get(p).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                var echo = echoes.longestAt(tokens, i);
                if (echo != null) {
                    candidates = candidates == null ? new ArrayList<>(found.get(p)) : candidates;
                    candidates.add(new Candidate(i, i + echo.length(), echo.value().type(), echo.value().strength(), null));
                }
            }
            mentions.add(candidates == null ? first.get(p) : MentionResolver.resolve(candidates));
        }
        return entities(cable, paragraphs, mentions, definitions.definitions());
    }

    /** The names the cable has established, from each paragraph's mentions of the first pass ({@code first}). */
    private PhraseIndex<Echo> echoes(List<ParagraphTokens> paragraphs, List<List<Candidate>> first,
            AcronymDefinitions definitions) {
        Set<String> personNames = new LinkedHashSet<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            ParagraphTokens paragraph = paragraphs.get(p);
            definitions.collect(paragraph, first.get(p));
            for (Candidate mention : first.get(p)) {
                if (mention.type() == EntityType.PERSON && mention.strength() >= 2) {
                    List<String> words = paragraph.tokens().subList(mention.from(), mention.to()).stream()
                            .map(Token::text).toList();
                    personNames.addAll(variants.of(words));
                }
            }
        }
        PhraseIndex<Echo> echoes = new PhraseIndex<>();
        definitions.definitions().forEach((acronym, definition) -> echoes.add(acronym, new Echo(definition.type(), 2)));
        personNames.forEach(name -> echoes.add(name, new Echo(EntityType.PERSON, 1)));
        return echoes;
    }

    /** An organization or place being collected: its name as last written, acronyms and mentions so far. */
    private static final class Collected {
        private String name;
        private String iso;
        private final List<String> acronyms = new ArrayList<>(1);
        private final List<EntityMention> mentions = new ArrayList<>();
    }

    private Entities entities(ParsedCable cable, List<ParagraphTokens> paragraphs, List<List<Candidate>> mentions,
            Map<String, AcronymDefinitions.Definition> definitions) {
        var people = new PersonDirectory(lexicon);
        people.addClassifiedBy(cable.classifiedBy());
        List<EntityMention> personMentions = new ArrayList<>();
        Map<String, Collected> organizations = new LinkedHashMap<>();
        Map<String, Collected> locations = new LinkedHashMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            ParagraphTokens paragraph = paragraphs.get(p);
            for (Candidate candidate : mentions.get(p)) {
                var mention = new EntityMention(paragraph.position(), paragraph.tokens().get(candidate.from()).start(),
                        paragraph.tokens().get(candidate.to() - 1).end(),
                        WordShapes.oneLine(paragraph.text(candidate.from(), candidate.to())), candidate.title());
                switch (candidate.type()) {
                    case PERSON -> personMentions.add(mention);
                    case ORGANIZATION -> addOrganization(organizations, mention, definitions,
                            paragraph.organization(candidate.from()), candidate.length());
                    case LOCATION -> addLocation(locations, paragraph, candidate, mention);
                }
            }
        }
        people.addMentions(personMentions);
        people.addSigners(cable.signers());
        return new Entities(people.people(),
                organizations.entrySet().stream().map(e -> new Entities.Organization(e.getKey(), e.getValue().name,
                        List.copyOf(e.getValue().acronyms), List.copyOf(e.getValue().mentions))).toList(),
                locations.entrySet().stream().map(e -> new Entities.Location(e.getKey(), e.getValue().name, e.getValue().iso,
                        List.copyOf(e.getValue().mentions))).toList());
    }

    private static void addOrganization(Map<String, Collected> byKey, EntityMention mention,
            Map<String, AcronymDefinitions.Definition> definitions, PhraseIndex.Match<String> dictionary, int length) {
        String written = mention.text();
        var known = dictionary != null && dictionary.length() == length ? dictionary : null;
        var defined = definitions.get(written);
        boolean acronym = isAcronym(written);
        String name = defined != null && defined.type() == EntityType.ORGANIZATION ? defined.longForm()
                : known != null && acronym ? known.value() : written;
        Collected organization = byKey.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new Collected());
        organization.name = name;
        if (acronym && !organization.acronyms.contains(written) && !written.equals(name)) {
            organization.acronyms.add(written);
        }
        organization.mentions.add(mention);
    }

    /** All letters upper case ({@code GOR}, {@code U.S.}), or a capital, a small letter and capitals ({@code GoSL}). */
    private static boolean isAcronym(String written) {
        boolean allCaps = true;
        for (int i = 0; i < written.length() && allCaps; i++) {
            allCaps = !Character.isLetter(written.charAt(i)) || Character.isUpperCase(written.charAt(i));
        }
        return allCaps || (written.length() >= 3 && MIXED_ACRONYM.matcher(written).matches());
    }

    private void addLocation(Map<String, Collected> byKey, ParagraphTokens paragraph, Candidate candidate,
            EntityMention mention) {
        var known = paragraph.place(candidate.from());
        Place place = known != null && known.length() == candidate.length() ? known.value() : null;
        String name = place != null ? place.name() : mention.text();
        Collected location = byKey.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new Collected());
        location.name = name;
        location.iso = place == null ? null : place.iso();
        location.mentions.add(mention);
    }
}
