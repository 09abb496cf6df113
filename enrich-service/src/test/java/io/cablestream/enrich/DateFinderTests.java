package io.cablestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.enrich.time.DateFinder;
import io.cablestream.enrich.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DateFinder: dates written in paragraphs, resolved against the day the cable was written. */
class DateFinderTests {

    private final DateFinder finder = new DateFinder(LocalDate.of(2007, 8, 2));

    private List<DateMention> find(String text) {
        return finder.find(3, text);
    }

    @Test
    void resolvesADayWithoutYearInTheCablesYear() {
        assertThat(find("During a July 27 meeting, the delegations met."))
                .extracting(DateMention::text, DateMention::from, DateMention::to, DateMention::precision)
                .containsExactly(tuple("July 27", "2007-07-27", "2007-07-27", "day"));
    }

    @Test
    void resolvesDayRangesWithOrWithoutSpacesAroundTheDash() {
        assertThat(find("to meet in Moscow August 20-21, or August 20 - 21 at the latest"))
                .extracting(DateMention::from, DateMention::to)
                .containsExactly(tuple("2007-08-20", "2007-08-21"), tuple("2007-08-20", "2007-08-21"));
    }

    @Test
    void picksTheYearThatPutsTheDateNearestTheCable() {
        var january = new DateFinder(LocalDate.of(2009, 1, 26));

        assertThat(january.find(1, "signed on December 14 and due on February 3"))
                .extracting(DateMention::from)
                .containsExactly("2008-12-14", "2009-02-03");
    }

    @Test
    void readsStatedYearsMonthsAndPeriodsWithTheirPrecision() {
        assertThat(find("the September 2005 and February 13, 2007 documents, since 2001, in 2008-2009, in September"))
                .extracting(DateMention::text, DateMention::from, DateMention::to, DateMention::precision)
                .containsExactly(
                        tuple("September 2005", "2005-09-01", "2005-09-30", "month"),
                        tuple("February 13, 2007", "2007-02-13", "2007-02-13", "day"),
                        tuple("2001", "2001-01-01", "2001-12-31", "year"),
                        tuple("2008-2009", "2008-01-01", "2009-12-31", "year"),
                        tuple("September", "2007-09-01", "2007-09-30", "month"));
    }

    @Test
    void resolvesWeekdaysAndRelativeDaysFromTheCablesDate() {
        assertThat(find("After Friday’s vote, the minister said yesterday that last week was calm."))
                .extracting(DateMention::text, DateMention::from, DateMention::to)
                .containsExactly(
                        tuple("Friday", "2007-07-27", "2007-07-27"),
                        tuple("yesterday", "2007-08-01", "2007-08-01"),
                        tuple("last week", "2007-07-23", "2007-07-29"));
    }

    @Test
    void givesOffsetsInTheParagraphText() {
        String text = "They met\non July 27.";
        var date = find(text).getFirst();

        assertThat(text.substring(date.start(), date.end())).isEqualTo("July 27");
        assertThat(date.paragraph()).isEqualTo(3);
    }

    @Test
    void ignoresWordsThatOnlyLookLikeMonthsAndImpossibleDates() {
        assertThat(find("It may be 2 may. Omar 5 said so. February 30 never came. The 5/2 brigade left.")).isEmpty();
    }

    @Test
    void resolvesOnlyDatesThatStateTheirYearWhenTheCableHasNoDate() {
        var undated = new DateFinder(null);

        assertThat(undated.find(1, "On July 27 they recalled the September 2005 statement."))
                .extracting(DateMention::text)
                .containsExactly("September 2005");
    }
}
