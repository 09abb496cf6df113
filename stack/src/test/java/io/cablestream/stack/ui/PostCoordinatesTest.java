package io.cablestream.stack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web UI's origin map places posts with a copy of enrich-service's posts dictionary
 * ({@code js/posts.js}); this keeps the copy equal to the dictionary.
 */
class PostCoordinatesTest {

    private static final Path HOME = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("\\[\"([^\"]+)\", \"([^\"]+)\", (-?[\\d.]+), (-?[\\d.]+)]");

    @Test
    void theMapKnowsEveryPostOfTheDictionaryWhereTheDictionaryPutsIt() throws IOException {
        List<String> dictionary = Files.readAllLines(
                HOME.resolve("enrich-service/src/main/resources/dictionaries/posts.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> row(f[2], f[3], f[5], f[6]))
                .toList();
        String script = Files.readString(HOME.resolve("query-service/src/main/resources/META-INF/resources/js/posts.js"));
        List<String> map = ROW.matcher(script).results().map(m -> row(m.group(1), m.group(2), m.group(3), m.group(4)))
                .toList();
        assertThat(map).as("rows of js/posts.js; regenerate them from posts.tsv (name, city, latitude, longitude)")
                .containsExactlyElementsOf(dictionary);
    }

    private static String row(String name, String city, String latitude, String longitude) {
        return name + " | " + city + " | " + Double.parseDouble(latitude) + " | " + Double.parseDouble(longitude);
    }
}
