package io.cablestream.enrich.entity;

/** The kinds of named entity recognized in cable text. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
