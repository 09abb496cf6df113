package io.cablestream.enrich.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * The people, organizations and places a cable names; the data of the {@code entities} annotation, written by
 * {@link EntitiesJson}.
 *
 * @param people one entry per person, however often and however named
 * @param organizations one entry per organization (an acronym the cable defines joins its long form)
 * @param locations one entry per place
 */
@JsonSerialize(using = EntitiesJson.class)
public record Entities(List<Person> people, List<Organization> organizations, List<Location> locations) {

    /**
     * A person named in the cable.
     *
     * @param key normalized full name shared by all mentions of the person in this cable, e.g.
     *     {@code kathleen stephens} for "Stephens", "PDAS Stephens" and "Kathleen Stephens"
     * @param name the fullest form written
     * @param roles titles written with the name, abbreviations expanded ("Principal Deputy Assistant Secretary")
     * @param fields cable fields besides paragraphs that name the person: {@code classifiedBy}, {@code signers}
     * @param mentions where the paragraphs name the person
     */
    public record Person(String key, String name, List<String> roles, List<String> fields, List<EntityMention> mentions) {
    }

    /**
     * An organization named in the cable.
     *
     * @param key normalized name
     * @param name the long form when the cable or the dictionary gives one, else the name as written
     * @param acronyms acronyms the cable uses for it
     * @param mentions where the paragraphs name it
     */
    public record Organization(String key, String name, List<String> acronyms, List<EntityMention> mentions) {
    }

    /**
     * A place named in the cable.
     *
     * @param key normalized canonical name
     * @param name canonical name ({@code United States} for "U.S.")
     * @param iso ISO 3166-1 alpha-2 of its country, when known
     * @param mentions where the paragraphs name it
     */
    public record Location(String key, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String iso,
            List<EntityMention> mentions) {
    }
}
