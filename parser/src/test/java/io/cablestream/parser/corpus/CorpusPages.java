package io.cablestream.parser.corpus;

import io.cablestream.testsupport.TestCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the real cable pages from {@code $CABLES_CORPUS/wikileaks-html} and gives, independently
 * of the parser, each page's metadata table (the ground truth) and its text alone (the pre blocks
 * with tags stripped). Tests using it are skipped, with a message, when the corpus is absent.
 */
final class CorpusPages {

    /** One page: its HTML, the table's values and the text of its pre blocks. */
    record Page(String name, String html, String referenceId, String created, String classification, String origin,
            String text) {
    }

    private static final Pattern CELL = Pattern.compile("<td>\\s*(.*?)\\s*</td>", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("<table class='cable'>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern PRE = Pattern.compile("<pre>(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern HEX_ENTITY = Pattern.compile("&#x([0-9A-Fa-f]+);");
    private static final Pattern DECIMAL_ENTITY = Pattern.compile("&#(\\d+);");

    private CorpusPages() {
    }

    static List<Page> wikileaksPages() {
        List<Page> pages = new ArrayList<>();
        for (Path file : TestCorpus.wikileaksPages()) {
            try {
                pages.add(page(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    private static Page page(String name, String html) {
        Matcher table = TABLE.matcher(html);
        List<String> cells = new ArrayList<>();
        if (table.find()) {
            Matcher cell = CELL.matcher(table.group(1));
            while (cell.find()) {
                cells.add(plain(cell.group(1)).strip());
            }
        }
        List<String> blocks = new ArrayList<>();
        Matcher pre = PRE.matcher(html);
        while (pre.find()) {
            blocks.add(plain(pre.group(1)));
        }
        return new Page(name, html, cells.get(0), cells.get(1), cells.get(3), cells.get(4), String.join("\n", blocks));
    }

    private static String plain(String html) {
        String text = TAG.matcher(html).replaceAll("");
        text = HEX_ENTITY.matcher(text).replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
        text = DECIMAL_ENTITY.matcher(text).replaceAll(m -> Character.toString(Integer.parseInt(m.group(1))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
