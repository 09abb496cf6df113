package io.cablestream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.topic.Topics;
import io.cablestream.testsupport.KafkaBrokerResource;
import io.cablestream.testsupport.TestCorpus;
import io.cablestream.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The real WikiLeaks pages of {@code $CABLES_CORPUS}, sent as one zip archive; skipped without the corpus. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeQueryService.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CorpusImportIT {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void acceptsEveryWikiLeaksPageOfAZipUnderItsOwnReferenceIdAndCountsThemAgainAsDuplicates() throws IOException {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (Path page : TestCorpus.wikileaksPages()) {
            pages.put("wikileaks-html/" + page.getFileName(), Files.readAllBytes(page));
        }
        byte[] zip = Archives.zip(pages);

        JsonPath status = given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "wikileaks.zip").body(zip)
                .when().post("/imports")
                .then().statusCode(202).extract().jsonPath();

        assertThat(status.getList("rejections")).isEmpty();
        assertThat(status.getInt("accepted") + status.getInt("duplicate")).isEqualTo(pages.size());
        Set<String> expected = pages.keySet().stream()
                .map(name -> name.substring(name.lastIndexOf('/') + 1, name.length() - ".html".length()))
                .collect(Collectors.toSet());
        List<String> keys = TopicRecords.all(bootstrap, Topics.RAW.name()).stream().map(r -> r.key()).toList();
        assertThat(keys).containsAll(expected);

        given().auth().oauth2(TestTokens.admin()).contentType("application/zip").queryParam("name", "wikileaks-again.zip").body(zip)
                .when().post("/imports")
                .then().statusCode(202)
                .body("accepted", org.hamcrest.Matchers.equalTo(0))
                .body("duplicate", org.hamcrest.Matchers.equalTo(pages.size()));
    }
}
