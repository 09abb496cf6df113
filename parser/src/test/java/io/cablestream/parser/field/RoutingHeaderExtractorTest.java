package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable.Recipient;
import org.junit.jupiter.api.Test;

class RoutingHeaderExtractorTest {

    private static final String MULTI_LINE = """
            VZCZCXRO6131
            PP RUEHDBU RUEHPW RUEHSL
            DE RUEHBUL #2658/01 2441452
            ZNY CCCCC ZZH
            P 011452Z SEP 09
            FM AMEMBASSY KABUL
            TO RUEHC/SECSTATE WASHDC PRIORITY 1284
            INFO RUCNAFG/AFGHANISTAN COLLECTIVE PRIORITY
            RUEHFR/AMEMBASSY PARIS PRIORITY 3054
            AMEMBASSY RIO DE JANEIRO
            NSC WASHDC NIACT IMMEDIATE
            """;

    @Test
    void readsEveryPartOfAMultiLineHeader() {
        Routing routing = RoutingHeaderExtractor.extract(MULTI_LINE);

        assertThat(routing.header().transmissionId()).isEqualTo("VZCZCXRO6131");
        assertThat(routing.header().precedence()).isEqualTo("PRIORITY");
        assertThat(routing.header().dateTimeGroup()).isEqualTo("011452Z SEP 09");
        assertThat(routing.header().from()).isEqualTo(new Recipient("RUEHBUL", "AMEMBASSY KABUL", null));
        assertThat(routing.header().to()).containsExactly(new Recipient("RUEHC", "SECSTATE WASHDC", "PRIORITY"));
        assertThat(routing.header().info()).containsExactly(
                new Recipient("RUCNAFG", "AFGHANISTAN COLLECTIVE", "PRIORITY"),
                new Recipient("RUEHFR", "AMEMBASSY PARIS", "PRIORITY"),
                new Recipient(null, "AMEMBASSY RIO DE JANEIRO", null),
                new Recipient(null, "NSC WASHDC", "NIACT IMMEDIATE"));
        assertThat(routing.serial()).isEqualTo("2658");
        assertThat(routing.classificationLevel()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void readsTheSameHeaderFlattenedOntoOneLine() {
        Routing routing = RoutingHeaderExtractor.extract("VZCZCXRO9358 OO RUEHDBU DE RUEHMO #3804/01 2141437 ZNY CCCCC ZZH "
                + "O 021437Z AUG 07 FM AMEMBASSY MOSCOW TO RUEHC/SECSTATE WASHDC IMMEDIATE 2649 "
                + "RUEHLO/AMEMBASSY LONDON PRIORITY 0101 INFO RUEHXD/MOSCOW POLITICAL COLLECTIVE PRIORITY");

        assertThat(routing.header().precedence()).isEqualTo("IMMEDIATE");
        assertThat(routing.header().from().name()).isEqualTo("AMEMBASSY MOSCOW");
        assertThat(routing.header().to()).extracting(Recipient::name).containsExactly("SECSTATE WASHDC", "AMEMBASSY LONDON");
        assertThat(routing.header().info()).extracting(Recipient::routingIndicator).containsExactly("RUEHXD");
        assertThat(routing.serial()).isEqualTo("3804");
    }

    @Test
    void takesThePrecedenceOfTheFirstLetterBeforeTheDtg() {
        Routing routing = RoutingHeaderExtractor.extract("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC");

        assertThat(routing.header().precedence()).isEqualTo("PRIORITY");
        assertThat(routing.header().to()).extracting(Recipient::name).containsExactly("SECSTATE WASHDC");
    }

    @Test
    void skipsPrinterPageHeadersExemptedStationsAndSerialRangesInTheRecipientLists() {
        Routing routing = RoutingHeaderExtractor.extract("""
                R 161417Z APR 09
                FM SECSTATE WASHDC
                TO ZEN/AMEMBASSY BAMAKO NIACT IMMEDIATE 2276-2279
                AMEMBASSY BANJUL
                INFO PAGE 02        STATE   037566  161435Z
                CIA WASHINGTON DC//NHTC// 0000
                XMT AMCONSUL JOHANNESBURG
                RUEUITH/DET 1 39LG ANKARA TU
                """);

        assertThat(routing.header().to()).containsExactly(
                new Recipient(null, "AMEMBASSY BAMAKO", "NIACT IMMEDIATE"), new Recipient(null, "AMEMBASSY BANJUL", null));
        assertThat(routing.header().info()).containsExactly(
                new Recipient(null, "CIA WASHINGTON DC//NHTC//", null), new Recipient("RUEUITH", "DET 1 39LG ANKARA TU", null));
    }

    @Test
    void findsNoHeaderInProse() {
        assertThat(RoutingHeaderExtractor.extract("Nothing to see here.")).isEqualTo(Routing.NONE);
        assertThat(RoutingHeaderExtractor.extract("")).isEqualTo(Routing.NONE);
    }
}
