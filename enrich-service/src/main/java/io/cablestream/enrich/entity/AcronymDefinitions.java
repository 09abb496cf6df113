package io.cablestream.enrich.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Acronyms a cable defines for the entities it names: written in parentheses right after the name
 * ({@code Worker's General Union (UGT)}), or spelled by the initials of an organization it names
 * ({@code FMS} after {@code Federal Migration Service}). Each acronym takes the type of its long form.
 */
public final class AcronymDefinitions {

    /** What an acronym stands for in this cable. */
    public record Definition(EntityType type, String longForm) {
    }

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9/&-]{1,11}");
    private static final Pattern MINOR_WORD = Pattern.compile("of|the|and|for|on|in|de|del|&");

    private final Map<String, Definition> byAcronym = new HashMap<>();

    public void collect(ParagraphTokens paragraph, List<Candidate> mentions) {
        List<Token> tokens = paragraph.tokens();
        for (Candidate mention : mentions) {
            int open = mention.to();
            if (open + 2 < tokens.size() && tokens.get(open).text().equals("(") && tokens.get(open + 2).text().equals(")")) {
                String acronym = tokens.get(open + 1).text();
                if (ACRONYM.matcher(acronym).matches() && acronym.chars().filter(Character::isUpperCase).count() >= 2) {
                    byAcronym.putIfAbsent(acronym, new Definition(mention.type(), paragraph.words(mention.from(), mention.to())));
                }
            }
            if (mention.type() == EntityType.ORGANIZATION && mention.length() >= 2) {
                for (int from = mention.from(); from < mention.to() - 1; from++) {
                    String initials = initials(tokens.subList(from, mention.to()));
                    if (initials.length() >= 2 && !paragraph.lexicon().word(initials).equals(WordInfo.NONE)) {
                        continue;
                    }
                    if (initials.length() >= 2) {
                        byAcronym.putIfAbsent(initials, new Definition(EntityType.ORGANIZATION,
                                paragraph.words(from, mention.to())));
                    }
                }
            }
        }
    }

    public Map<String, Definition> definitions() {
        return byAcronym;
    }

    private static String initials(List<Token> words) {
        var initials = new StringBuilder();
        for (Token word : words) {
            if (!MINOR_WORD.matcher(word.text()).matches() && !word.text().isEmpty()
                    && Character.isUpperCase(word.text().charAt(0))) {
                initials.append(word.text().charAt(0));
            }
        }
        return initials.toString();
    }
}
