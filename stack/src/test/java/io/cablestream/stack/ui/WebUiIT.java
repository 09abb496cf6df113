package io.cablestream.stack.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.cablestream.contract.json.Json;
import io.cablestream.stack.JavaCommand;
import io.cablestream.stack.LocalStack;
import io.cablestream.stack.Ports;
import io.cablestream.stack.SampleCables.SampleCable;
import io.cablestream.stack.SampleLoader;
import io.cablestream.stack.StackSettings;
import io.cablestream.stack.corpus.CorpusGenerator;
import io.cablestream.stack.corpus.SyntheticCable;
import io.cablestream.testsupport.TestCorpus;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI of query-service in a real browser: Debian's Chromium, headless, driven by Playwright,
 * against a local stack (broker and the four packaged services) loaded with synthetic cables, one of
 * them carrying markup meant to run. Each test clicks through the UI, checks what is on screen, and
 * saves screenshots to {@code target/screenshots}. The test that loads real cable pages runs last,
 * and only when {@code CABLES_CORPUS} is set.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final long SEED = 6;
    private static final int SAMPLES = 60;
    private static final int CORPUS_PAGES = 50;
    private static final int IMPORTED = 12;
    private static final String XSS_ID = "07MOSCOW9999";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    static LocalStack stack;
    static String token;
    static List<SyntheticCable> cables;
    static SyntheticCable revised;
    static Playwright playwright;
    static Browser browser;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startStackAndBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "WebUiIT needs Debian's Chromium at " + CHROMIUM
                + " (apt-get install -y chromium; .ci/run installs it): skipped");
        Path home = Path.of(System.getProperty("cablestream.home", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(new StackSettings(home, data, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), 0), JavaCommand.forHome(home));
        token = stack.adminToken(Duration.ofHours(6));
        cables = new CorpusGenerator(SEED).stream().limit(SAMPLES).toList();
        assertThat(SampleLoader.load(stack.ingestUrl(), token, cables.stream()
                .map(c -> new SampleCable(c.referenceId(), c.telegram())).toList())).isEqualTo(SAMPLES);
        assertThat(post("text/plain", xssCable(cables.getFirst().referenceId())).statusCode()).isEqualTo(202);
        revised = cables.get(3);
        assertThat(post("text/plain", revised.telegram().replace("Summary: ", "Summary: Revised assessment. "))
                .statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> total("") == SAMPLES + 1 && api("cables/" + revised.referenceId() + "/versions").size() == 2);

        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowserAndStack() {
        if (playwright != null) {
            playwright.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void openPage() {
        openPage(new Browser.NewContextOptions().setViewportSize(1440, 1100));
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(dialogs).as("dialogs opened by the page").isEmpty();
        assertThat(scriptErrors).as("uncaught script errors").isEmpty();
    }

    @Test
    @Order(1)
    void searchNarrowWithAFacetOpenACableFollowAReferenceAndGoBack() {
        SyntheticCable citing = cables.stream().filter(c -> !c.references().isEmpty() && c != revised)
                .reduce((first, second) -> second).orElseThrow();
        String cited = citing.references().getFirst();
        String topic = subjectTopic(citing);
        String phrase = "\"" + topic + "\"";

        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("")) + " indexed");
        page.locator("#q").fill(phrase);
        page.locator("#q").press("Enter");
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("q=" + encode(phrase))) + " found");
        assertThat(page.locator(".hit").first().locator(".hit-snippet mark").first())
                .hasText(Pattern.compile(topic.split(" ")[0], Pattern.CASE_INSENSITIVE));
        screenshot("01-search");

        page.locator("[data-facet=origin] a.facet-value:has(.facet-code:text-is(\"" + citing.origin() + "\"))").click();
        long narrowed = total("q=" + encode(phrase) + "&origin=" + encode(citing.origin()));
        assertThat(page.locator("#result-count")).hasText(cablesCount(narrowed) + " found");
        assertThat(page.locator(".chip")).containsText(citing.origin());
        assertThat(page.locator(".hit")).hasCount((int) Math.min(narrowed, 20));
        assertThat(page.locator(".hit-origin").allTextContents()).containsOnly(citing.origin());
        screenshot("02-facet");

        JsonNode citingJson = api("cables/" + citing.referenceId()).path("cable");
        page.locator(".hit[data-id=\"" + citing.referenceId() + "\"] .hit-subject a").click();
        assertThat(page.locator(".cable-id")).hasText(citing.referenceId());
        assertThat(page.locator("#cable-view h1")).hasText(citingJson.path("subject").asText());
        assertThat(page.locator(".cable-banner")).hasText(String.join("//", Stream.concat(
                Stream.of(citingJson.path("classification").path("level").asText()),
                citingJson.path("classification").path("caveats").valueStream().map(JsonNode::asText)).toList()));
        assertThat(page.locator(".tag-list li:has(.tag-code:text-is(\"PREL\")) .tag-meaning"))
                .hasText("External Political Relations");
        assertThat(page.locator(".paragraph")).hasCount(citingJson.path("paragraphs").size());
        assertThat(page.locator(".paragraph .para-marking").first())
                .hasText("(" + citingJson.path("paragraphs").get(0).path("marking").asText() + ")");
        assertThat(page.locator("[data-block=references] a.ref-link").first()).hasText(cited);
        screenshot("03-cable");

        page.locator("[data-block=references] a.ref-link").first().click();
        assertThat(page.locator(".cable-id")).hasText(cited);
        assertThat(page.locator("#cable-view h1")).hasText(api("cables/" + cited).path("cable").path("subject").asText());
        assertThat(page.locator("[data-block=cited-by] a.ref-link:text-is(\"" + citing.referenceId() + "\")"))
                .isVisible();
        screenshot("04-reference");

        page.goBack();
        assertThat(page.locator(".cable-id")).hasText(citing.referenceId());
        page.goBack();
        assertThat(page.locator("#search-view")).isVisible();
        assertThat(page.locator("#result-count")).hasText(cablesCount(narrowed) + " found");
        assertThat(page.locator(".chip")).containsText(citing.origin());
    }

    @Test
    @Order(2)
    void markupInACableIsShownAsTextAndNeverRuns() {
        page.navigate(stack.queryUrl() + "/");
        page.locator("#q").fill("alert");
        page.locator("#q").press("Enter");
        Locator hit = page.locator(".hit[data-id=\"" + XSS_ID + "\"]");
        assertThat(hit.locator(".hit-subject")).hasText("MOSCOW: <script>alert(3)</script> MARKUP IN A CABLE");
        assertThat(hit.locator(".hit-snippet")).containsText("<script>alert(1)</script>");
        List<String> caveats = api("cables/" + XSS_ID).path("cable").path("classification").path("caveats").valueStream()
                .map(JsonNode::asText).toList();
        assertThat(caveats).isNotEmpty();
        assertThat(hit.locator(".hit-marking .caveat").allTextContents()).isEqualTo(caveats);
        hit.locator(".hit-subject a").click();

        assertThat(page.locator(".cable-id")).hasText(XSS_ID);
        assertThat(page.locator(".paragraph").nth(0)).containsText("<script>alert(1)</script>");
        assertThat(page.locator(".paragraph").nth(1)).containsText("<img src=x onerror=alert(2)>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Telegram text")).click();
        assertThat(page.locator(".telegram pre")).containsText("<script>alert(1)</script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Original text").setExact(true)).click();
        String received = xssCable(cables.getFirst().referenceId());
        assertThat(get("cables/" + XSS_ID + "/original").body()).isEqualTo(received);
        assertThat(page.locator(".original pre")).hasText(received);
        assertThat(page.locator(".original pre")).containsText("&lt;script&gt;alert(3)&lt;/script&gt;");
        assertThat(page.locator("#cable-view script, #cable-view img, #hits script, #hits img")).hasCount(0);
        boolean inlineScriptRan = (Boolean) page.evaluate("""
                () => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';
                        document.body.append(s); return window.inlineRan === true; }""");
        assertThat(inlineScriptRan).as("an inline script despite the Content-Security-Policy").isFalse();
        screenshot("05-markup-as-text");
    }

    @Test
    @Order(3)
    void timelineBrushAndMapNarrowTheSearch() {
        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator(".timeline-chart .bar")).hasCount(api("histogram?interval=month").path("buckets").size());
        Locator chart = page.locator(".timeline-chart");
        var box = chart.boundingBox();
        page.mouse().move(box.x + box.width * 0.3, box.y + box.height * 0.5);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.6, box.y + box.height * 0.5, new Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        page.waitForURL(Pattern.compile(".*from=\\d{4}-\\d{2}.*to=\\d{4}-\\d{2}.*"));
        String query = URI.create(page.url()).getRawQuery();
        assertThat(page.locator(".chip", new Page.LocatorOptions().setHasText("From"))).isVisible();
        assertThat(page.locator("#result-count")).hasText(cablesCount(total(query)) + " found");
        screenshot("06-timeline-brushed");

        page.navigate(stack.queryUrl() + "/");
        JsonNode origins = api("origins?limit=300");
        assertThat(page.locator(".map-chart a.post")).hasCount(origins.path("values").size());
        assertThat(page.locator(".map-note")).hasCount(0);
        String busiest = origins.path("values").get(0).path("value").asText();
        page.locator(".map-chart a.post").first().click();
        assertThat(page.locator(".chip")).containsText(busiest);
        assertThat(page.locator("#result-count"))
                .hasText(cablesCount(total("origin=" + encode(busiest))) + " found");
        screenshot("07-map-post-chosen");
    }

    @Test
    @Order(4)
    void loadMoreReachesEveryCable() {
        page.navigate(stack.queryUrl() + "/?sort=oldest");
        long all = total("");
        assertThat(page.locator(".hit")).hasCount(20);
        while (page.locator("#load-more").isVisible()) {
            int before = page.locator(".hit").count();
            page.locator("#load-more").click();
            assertThat(page.locator(".hit")).hasCount((int) Math.min(all, before + 20));
        }
        assertThat(page.locator(".hit")).hasCount((int) all);
        assertThat((List<?>) page.locator(".hit").evaluateAll("hits => hits.map(h => h.dataset.id)"))
                .doesNotHaveDuplicates();
    }

    @Test
    @Order(5)
    void keyboardAloneSearchesAndOpensACable() {
        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("")) + " indexed");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator(".brand")).isFocused();
        assertThat(page.locator(".brand")).not().hasCSS("outline-style", "none");
        page.keyboard().press("Tab");
        assertThat(page.locator("#q")).isFocused();
        page.keyboard().type("ministry");
        page.keyboard().press("Enter");
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("q=ministry")) + " found");

        page.locator(".hit-subject a").first().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#cable-view h1")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator(".cable-actions button").first()).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".telegram")).isVisible();
        screenshot("08-keyboard-telegram-text");
        page.locator("body").press("/");
        assertThat(page.locator("#q")).isFocused();
    }

    @Test
    @Order(6)
    void versionsOfACableShowTheirDiff() {
        page.navigate(stack.queryUrl() + "/?cable=" + revised.referenceId());
        Locator versions = page.locator("[data-block=versions]");
        assertThat(versions.locator(".versions li")).hasCount(2);
        assertThat(versions.locator(".versions li").nth(1)).containsText("current");
        assertThat(versions.locator(".diff-add .diff-word")).hasText("Revised assessment.");
        assertThat(versions.locator(".diff-del").first()).containsText("Summary:");
        assertThat(versions.locator(".diff-del .diff-word")).hasCount(0);
        versions.locator(".versions li").first().locator(".version-original").click();
        assertThat(page.locator(".original")).isFocused();
        assertThat(page.locator(".original .original-head")).containsText("Version 1 as received");
        assertThat(page.locator(".original pre")).hasText(revised.telegram());
        assertThat(page.locator(".cable-actions button:has-text(\"original text\")")).hasText("Hide original text");
        screenshot("09-versions-diff", versions);
    }

    @Test
    @Order(7)
    void readableOnAPhone() {
        context.close();
        openPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2));
        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator(".hit").first()).isVisible();
        assertThat(page.evaluate("document.getElementById('filters').open")).isEqualTo(false);
        assertThat(page.evaluate("document.scrollingElement.scrollWidth")).isEqualTo(390);
        screenshot("10-phone-search");
        page.locator(".hit-subject a").first().click();
        assertThat(page.locator(".cable-id")).isVisible();
        assertThat(page.evaluate("document.scrollingElement.scrollWidth")).isEqualTo(390);
        screenshot("11-phone-cable");
    }

    @Test
    @Order(8)
    void newCablesAppearAsTheyAreIndexed() throws Exception {
        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator("#live-status")).hasAttribute("data-state", "on");
        SyntheticCable fresh = new CorpusGenerator(SEED).stream().skip(SAMPLES).findFirst().orElseThrow();
        assertThat(post("text/plain", fresh.telegram()).statusCode()).isEqualTo(202);
        Locator arrived = page.locator(".hit-new[data-id=\"" + fresh.referenceId() + "\"]");
        assertThat(arrived.locator(".new-label")).hasText("Just indexed");
        assertThat(page.locator("#live-note")).containsText("1 cable indexed since this search");
        screenshot("12-live");
    }

    @Test
    @Order(9)
    void exportLinksDownloadTheWholeResultList() {
        page.navigate(stack.queryUrl() + "/?q=ministry");
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("q=ministry")) + " found");
        String href = page.locator("#export-ndjson").getAttribute("href");
        var response = page.request().get(stack.queryUrl() + "/" + href,
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text().lines().filter(l -> !l.isBlank()).count()).isEqualTo(total("q=ministry"));
    }

    @Test
    @Order(10)
    void anImportShowsItsProgressThroughTheStagesUntilDone() throws Exception {
        page.navigate(stack.queryUrl() + "/");
        page.locator("#imports-link").click();
        assertThat(page.locator("#imports-title")).isFocused();
        List<SyntheticCable> batch = new CorpusGenerator(SEED).stream().skip(SAMPLES + 1).limit(IMPORTED).toList();
        StringBuilder ndjson = new StringBuilder();
        for (SyntheticCable cable : batch) {
            ndjson.append(Json.MAPPER.writeValueAsString(Map.of("text", cable.telegram()))).append('\n');
        }
        ndjson.append("{\"source\": \"no text here\"}\n");
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/imports?name=ui-import.ndjson"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String importId = Json.MAPPER.readTree(answer.body()).path("importId").asText();

        Locator card = page.locator(".import[data-import=\"" + importId + "\"]");
        assertThat(card.locator("h2")).hasText("ui-import.ndjson");
        screenshot("13-import-running");
        assertThat(card.locator(".import-status")).hasText("done", new LocatorAssertions.HasTextOptions().setTimeout(120_000));
        assertThat(card.locator(".import-percent")).hasText("100% complete");
        for (String stage : List.of("Accepted", "Parsed", "Enriched", "Indexed")) {
            assertThat(card.locator(".stages dt:text-is(\"" + stage + "\") + dd .stage-count")).hasText(String.valueOf(IMPORTED));
            Locator bar = card.locator(".stages progress[aria-label=\"" + stage + "\"]");
            assertThat(bar).hasAttribute("value", String.valueOf(IMPORTED));
            assertThat(bar).hasAttribute("max", String.valueOf(stage.equals("Accepted") ? IMPORTED + 1 : IMPORTED));
        }
        assertThat(card.locator(".stages dt:text-is(\"Received\") + dd .stage-count")).hasText(String.valueOf(IMPORTED + 1));
        card.locator("summary:has-text(\"Rejections\")").click();
        assertThat(card.locator(".rejections li")).hasCount(1);
        assertThat(card.locator(".rejections li")).containsText("the object has no \"text\"");
        page.waitForTimeout(2500);
        assertThat(card.locator(".rejections li").isVisible()).as("open rejections stay open across refreshes").isTrue();
        screenshot("14-import-done");
    }

    @Test
    @Order(11)
    void asksForATokenAndSignsInWithAPastedOneOrTheLinkUpPrints() {
        context.close();
        openPageWithoutToken();
        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator("#sign-in")).isVisible();
        screenshot("22-sign-in");
        page.locator("#sign-in-token").fill("Bearer " + token);
        page.locator("#sign-in button[type=submit]").click();
        assertThat(page.locator("#sign-in")).isHidden();
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("")) + " indexed");

        context.close();
        openPageWithoutToken();
        page.navigate(stack.queryUrl() + "/#access_token=" + token);
        assertThat(page.locator("#result-count")).hasText(cablesCount(total("")) + " indexed");
        assertThat(page.locator("#sign-in")).isHidden();
        assertThat(page).hasURL(stack.queryUrl() + "/");
    }

    @Test
    @Order(12)
    void realCablePagesLookRight() throws Exception {
        List<Path> pages = TestCorpus.wikileaksPages();
        long before = total("");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CORPUS_PAGES && i < pages.size(); i++) {
            var answer = post("text/html", Files.readString(pages.get(i * pages.size() / CORPUS_PAGES)));
            if (answer.statusCode() == 202) {
                ids.add(Json.MAPPER.readTree(answer.body()).path("referenceId").asText());
            }
        }
        assertThat(ids).isNotEmpty();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().allMatch(WebUiIT::indexed));

        page.navigate(stack.queryUrl() + "/");
        assertThat(page.locator("#result-count")).hasText(cablesCount(before + ids.size()) + " indexed");
        screenshot("20-corpus-search");
        String busiest = ids.stream().max(Comparator.comparingInt(
                id -> api("cables/" + id).path("cable").path("paragraphs").size())).orElseThrow();
        page.navigate(stack.queryUrl() + "/?cable=" + busiest);
        assertThat(page.locator(".cable-id")).hasText(busiest);
        assertThat(page.locator("#cable-view h1")).hasText(
                api("cables/" + busiest).path("cable").path("subject").asText(busiest).strip());
        screenshot("21-corpus-cable");
    }

    private void openPage(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        context.addInitScript("sessionStorage.setItem('cablestream.token', '" + token + "')");
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.onPageError(scriptErrors::add);
    }

    private void openPageWithoutToken() {
        context = browser.newContext();
        page = context.newPage();
        page.onPageError(scriptErrors::add);
    }

    /** Saves what the window shows. */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Saves one part of the page. */
    private void screenshot(String name, Locator part) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The telegram of a cable whose SUBJECT and paragraphs carry markup, entity-escaped so the parser decodes it. */
    private static String xssCable(String reference) {
        return """
                VZCZCXRO4242
                PP RUEHDBU
                DE RUEHMO #9999/01 1231415
                ZNY CCCCC ZZH
                P 031415Z MAY 07
                FM AMEMBASSY MOSCOW
                TO RUEHC/SECSTATE WASHDC PRIORITY 4242

                C O N F I D E N T I A L MOSCOW 009999

                SIPDIS

                E.O. 12958: DECL: 05/03/2017
                TAGS: PREL PGOV RS
                SUBJECT: MOSCOW: &lt;script&gt;alert(3)&lt;/script&gt; MARKUP IN A CABLE

                REF: %s

                Classified By: Political Counselor Ruth Ellery for reasons 1.4 (b) and (d).

                1. (C) Summary: A contact pasted &lt;script&gt;alert(1)&lt;/script&gt; into his note. End summary.

                2. (C) He also sent &lt;img src=x onerror=alert(2)&gt; to the embassy.

                HOLLIS
                """.formatted(reference);
    }

    /** The topic of a generated cable's SUBJECT ("MOSCOW: ENERGY TALKS - VARKOV SEES NO QUICK DEAL"), lower-cased. */
    private static String subjectTopic(SyntheticCable cable) {
        Matcher subject = Pattern.compile("SUBJECT: [^:]+: (.+?) - ").matcher(cable.body());
        assertThat(subject.find()).as("SUBJECT line of " + cable.referenceId()).isTrue();
        return subject.group(1).toLowerCase(Locale.ROOT);
    }

    /** "1 cable", "61 cables", as the result count writes them. */
    private static String cablesCount(long n) {
        return String.format(Locale.US, "%,d cable%s", n, n == 1 ? "" : "s");
    }

    private static long total(String query) {
        return api("cables?limit=1" + (query.isEmpty() ? "" : "&" + query)).path("total").asLong();
    }

    private static boolean indexed(String id) {
        return get("cables/" + id).statusCode() == 200;
    }

    private static JsonNode api(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON from " + path, e);
        }
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/" + path))
                    .header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static HttpResponse<String> post(String contentType, String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/cables?source=web-ui-test"))
                .header("Content-Type", contentType + "; charset=utf-8").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
