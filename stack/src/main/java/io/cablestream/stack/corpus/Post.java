package io.cablestream.stack.corpus;

/**
 * A sending post of the synthetic corpus.
 *
 * @param name the post as written in IDs and banners, e.g. {@code MOSCOW}
 * @param origin the origin as WikiLeaks' metadata names it, e.g. {@code Embassy Moscow}
 * @param indicator the routing indicator, e.g. {@code RUEHMO}
 * @param countryTag the geographic TAGS code, e.g. {@code RS}
 * @param city a city in the post's country, for place names in the text
 */
record Post(String name, String origin, String indicator, String countryTag, String city) {

    String sender() {
        return name.equals("STATE") ? "SECSTATE WASHDC" : (origin.startsWith("Consulate") ? "AMCONSUL " : "AMEMBASSY ")
                + name;
    }
}
