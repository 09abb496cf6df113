package io.cablestream.enrich.enricher;

import com.fasterxml.jackson.databind.JsonNode;
import io.cablestream.contract.event.ParsedCable;
import io.cablestream.enrich.time.DateFinder;
import io.cablestream.enrich.time.DateMention;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the dates written in a cable's paragraphs against the day the cable was written ("July 27" in a
 * cable of 2 August 2007 is 2007-07-27). Output ({@code dates}): a list of {@link DateMention} in paragraph
 * order; without a creation date only dates that state their year are resolved.
 */
@Singleton
public class DateEnricher implements Enricher {

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public JsonNode enrich(ParsedCable cable) {
        var finder = new DateFinder(writtenOn(cable.created()));
        List<DateMention> dates = new ArrayList<>();
        Paragraphs.forEachWithPosition(cable, (paragraph, position) -> dates.addAll(finder.find(position, paragraph.text())));
        return AnnotationData.of(dates);
    }

    private static LocalDate writtenOn(String created) {
        if (created == null || created.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(created.substring(0, Math.min(10, created.length())));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
