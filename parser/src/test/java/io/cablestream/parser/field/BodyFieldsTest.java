package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cablestream.contract.event.ParsedCable.Paragraph;
import io.cablestream.contract.event.ParsedCable.Redaction;
import io.cablestream.parser.text.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs, summary, comments, signers and redactions, read from the cleaned body. */
class BodyFieldsTest {

    private static List<Paragraph> paragraphs(String text) {
        List<String> lines = Lines.split(text);
        return ParagraphsExtractor.extract(lines, 0, lines.size());
    }

    @Test
    void readsNumberMarkingAndTextOfEachParagraph() {
        assertThat(paragraphs("1. (C) First.\nmore\n2.(S/NF) Second.\n3. Third without marking."))
                .containsExactly(new Paragraph(1, "C", null, "First.\nmore"), new Paragraph(2, "S/NF", null, "Second."),
                        new Paragraph(3, null, null, "Third without marking."));
    }

    @Test
    void leavesAListInsideAParagraphInThatParagraph() {
        assertThat(paragraphs("7. (C) Principles:\n1) one\n2. two\n3. three\n8. (C) Next."))
                .extracting(Paragraph::number).containsExactly(7, 8);
    }

    @Test
    void takesAnInlineCapitalsHeadingOrTheBoxedTitleAbove() {
        assertThat(paragraphs("1. (C) SUMMARY: Short.\n--------\nCore Principles\n--------\n2. (C) Body text.\n"
                + "3. (C) BACKGROUND -- More text."))
                .extracting(Paragraph::heading).containsExactly("SUMMARY", "Core Principles", "BACKGROUND");
    }

    @Test
    void readsUnnumberedBlocksBeforeTheFirstNumberWithTheirMarkings() {
        assertThat(paragraphs("(SBU) Opening block,\nsecond line.\n\nPlain block.\n\n1. (C) Numbered.\n\nStill one."))
                .containsExactly(new Paragraph(null, "SBU", null, "Opening block,\nsecond line."),
                        new Paragraph(null, null, null, "Plain block."),
                        new Paragraph(1, "C", null, "Numbered.\n\nStill one."));
    }

    @Test
    void splitsACableWithoutNumbersAtBlankLines() {
        assertThat(paragraphs("(C) First point.\n\n\n(S/NF) Second point.\n\nThird."))
                .extracting(Paragraph::number, Paragraph::marking, Paragraph::text)
                .containsExactly(tuple(null, "C", "First point."), tuple(null, "S/NF", "Second point."),
                        tuple(null, null, "Third."));
    }

    @Test
    void readsAMarkingWrittenBeforeTheNumber() {
        assertThat(paragraphs("(C) 1. First.\n(S) 2. Second."))
                .containsExactly(new Paragraph(1, "C", null, "First."), new Paragraph(2, "S", null, "Second."));
    }

    @Test
    void takesAnUnderlinedOrLoneSectionTitleAsTheNextParagraphsHeading() {
        assertThat(paragraphs("Summary\n-------\n\nTalks went well.\n\nSUMMARY\n\nMore.\n\n-----\n\nLast."))
                .extracting(Paragraph::heading, Paragraph::text)
                .containsExactly(tuple("Summary", "Talks went well."), tuple("SUMMARY", "More."), tuple(null, "Last."));
    }

    @Test
    void keepsASectionTitleThatNoParagraphFollowsAsAParagraph() {
        assertThat(paragraphs("Text.\n\nClosing Remarks\n=========")).extracting(Paragraph::text)
                .containsExactly("Text.", "Closing Remarks");
    }

    @Test
    void takesNoHeadingFromAParagraphWrittenAllInCapitals() {
        assertThat(paragraphs("1. THE MINISTER SAID: WE WILL SEE.")).extracting(Paragraph::heading).containsOnlyNulls();
    }

    @Test
    void readsTheSummaryUpToEndSummary() {
        assertThat(SummaryExtractor.extract("1. (C) Summary. During a July meeting\nthey agreed. End summary.\n2. (C) More."))
                .contains("During a July meeting they agreed.");
    }

    @Test
    void endsAnUnclosedSummaryWithItsParagraph() {
        assertThat(SummaryExtractor.extract("SUMMARY: Talks stalled.\n\n2. Details follow.")).contains("Talks stalled.");
        assertThat(SummaryExtractor.extract("1. (C) Nothing summarised here.")).isEmpty();
    }

    @Test
    void readsInlineAndParagraphComments() {
        String text = "2. (C) Text (Comment: inline remark. End comment.) more.\n3. (C) COMMENT: Closing view.\nEND COMMENT.";

        assertThat(CommentsExtractor.extract(text)).containsExactly("inline remark.", "Closing view.");
    }

    @Test
    void readsACommentHeadingLineToTheEnd() {
        assertThat(CommentsExtractor.extract("11. (C) Facts.\n\nComment\n\n12. (C) Our view is mixed."))
                .containsExactly("12. (C) Our view is mixed.");
    }

    @Test
    void ignoresNoCommentAndEndComment() {
        assertThat(CommentsExtractor.extract("He had no comment on the plan. END COMMENT.")).isEmpty();
    }

    @Test
    void findsASignatureOnItsOwnLineOrClosingTheLastSentence() {
        assertThat(SignersExtractor.extract(Lines.split("1. (U) Cleared.\nRUSSELL"), 0).names()).containsExactly("RUSSELL");
        assertThat(SignersExtractor.extract(Lines.split("1. (U) Back on track. EIKENBERRY"), 0).names())
                .containsExactly("EIKENBERRY");
        assertThat(SignersExtractor.extract(Lines.split("1. (U) Cleared.\nStapleton\n\nNNNN"), 0).names())
                .containsExactly("Stapleton");
        assertThat(SignersExtractor.extract(Lines.split("1. (U) End of text."), 0).names()).isEmpty();
        assertThat(SignersExtractor.extract(Lines.split("1. (U) Cleared.\nXXXXXXXXXXXX"), 0).names()).isEmpty();
    }

    @Test
    void leavesASignatureThatClosesTheLastSentenceOutOfTheTextBeforeIt() {
        List<String> lines = Lines.split("1. (U) Talks resumed.\n2. (U) Back on track. EIKENBERRY");

        assertThat(SignersExtractor.extract(lines, 0).textBefore(lines))
                .containsExactly("1. (U) Talks resumed.", "2. (U) Back on track.");
        assertThat(ParagraphsExtractor.extract(SignersExtractor.extract(lines, 0).textBefore(lines), 0, 2))
                .extracting(Paragraph::text).containsExactly("Talks resumed.", "Back on track.");
    }

    @Test
    void marksRedactionsAsOffsets() {
        String body = "Mr. xxxxx met XXXXXXXXXXXX; a box of xxx and Xxxxxon stay.";

        List<Redaction> redactions = RedactionsExtractor.extract(body);

        assertThat(redactions).containsExactly(new Redaction(4, 9), new Redaction(14, 26));
    }
}
