package io.cablestream.parser.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.cablestream.contract.event.ParsedCable.ClassifiedBy;
import io.cablestream.contract.event.ParsedCable.Declassification;
import io.cablestream.contract.event.ParsedCable.Reference;
import io.cablestream.parser.text.Lines;
import org.junit.jupiter.api.Test;

/** The labelled opening lines (E.O., TAGS, SUBJECT, REF, Classified By) and the extractor of each. */
class PreambleFieldsTest {

    private static Preamble preamble(String text) {
        return Preamble.scan(Lines.split(text));
    }

    @Test
    void endsThePreambleAtTheFirstNumberedParagraph() {
        Preamble preamble = preamble("SIPDIS\nTAGS: PREL\nSUBJECT: X\n\n1. (C) Text.\nTAGS: NOT THIS");

        assertThat(preamble.endLine()).isEqualTo(4);
        assertThat(TagsExtractor.extract(preamble)).containsExactly("PREL");
    }

    @Test
    void marksWhereTheLabelledFieldsEndForAnUnnumberedBody() {
        Preamble preamble = preamble("STATE FOR EUR\nTAGS: PREL\nSUBJECT: X\n\nREF: A. STATE 1\n\nB. STATE 2\n\n"
                + "Classified By: Jane Roe, for reasons\n\n1.4 (b)\n\nBody text.");

        assertThat(preamble.fieldsEndLine()).isEqualTo(11);
        assertThat(preamble("Just a body.\n\nNo labels.").fieldsEndLine()).isZero();
    }

    @Test
    void readsTagsContinuedOnTheNextLine() {
        assertThat(TagsExtractor.extract(preamble("TAGS: PTER KTFN PGOV PREL\nKJUS, KHLS, GM\nSUBJECT: X")))
                .containsExactly("PTER", "KTFN", "PGOV", "PREL", "KJUS", "KHLS", "GM");
    }

    @Test
    void readsLowerCaseTagsAndTheSingularLabel() {
        assertThat(TagsExtractor.extract(preamble("Tags: prel, pgov, tu"))).containsExactly("PREL", "PGOV", "TU");
        assertThat(TagsExtractor.extract(preamble("TAG MASS, PREL, BR"))).containsExactly("MASS", "PREL", "BR");
    }

    @Test
    void keepsAPersonTagInParenthesesWhole() {
        assertThat(TagsExtractor.extract(preamble("TAGS: OVIP (RICE, CONDOLEEZZA) PREL")))
                .containsExactly("OVIP", "RICE, CONDOLEEZZA", "PREL");
    }

    @Test
    void doesNotTakeAProseLineAfterTheTagsAsTags() {
        assertThat(TagsExtractor.extract(preamble("TAGS: PREL PGOV\nSTATE FOR THE ASSISTANT SECRETARY AND STAFF TODAY")))
                .containsExactly("PREL", "PGOV");
    }

    @Test
    void findsLabelsRunTogetherOnOneLine() {
        Preamble preamble = preamble("E.o. 12958: decl: 01/07/2014 Tags: prel, pgov Subject: turkish p.m. goes to washington\n\n");

        assertThat(TagsExtractor.extract(preamble)).containsExactly("PREL", "PGOV");
        assertThat(SubjectExtractor.extract(preamble)).contains("turkish p.m. goes to washington");
        assertThat(DeclassificationExtractor.extract(preamble)).contains(new Declassification("12958", "2014-01-07"));
    }

    @Test
    void joinsASubjectWrittenOverTwoLines() {
        assertThat(SubjectExtractor.extract(preamble("SUBJECT: EAP PDAS STEPHENS ON THE NORTH\nEAST ASIA MECHANISM\n\nREF: X")))
                .contains("EAP PDAS STEPHENS ON THE NORTH EAST ASIA MECHANISM");
    }

    @Test
    void keepsADeclassificationEventThatIsNoDate() {
        assertThat(DeclassificationExtractor.extract(preamble("E.O.12356: DECL:OADR\nTAGS: PREL")))
                .contains(new Declassification("12356", "OADR"));
        assertThat(DeclassificationExtractor.extract(preamble("EO 12958 DECL: 11/29/10\n")))
                .contains(new Declassification("12958", "2010-11-29"));
    }

    @Test
    void readsClassifiedBySpreadOverTwoLines() {
        ClassifiedBy by = ClassifiedByExtractor.extract(preamble(
                "Classified By: Deputy Chief of Mission Scott F. Kilner for reasons 1.4\n(b) and (d).\n\n1. (C) X")).orElseThrow();

        assertThat(by).isEqualTo(new ClassifiedBy("Scott F. Kilner", "Deputy Chief of Mission", java.util.List.of("1.4(b)", "1.4(d)")));
    }

    @Test
    void readsReasonsPushedPastABlankLine() {
        ClassifiedBy by = ClassifiedByExtractor.extract(preamble(
                "Classified By: AMBASSADOR ROBERT H. TUTTLE FOR REASONS\n\n1.4 B, D\n\n1. (C) X")).orElseThrow();

        assertThat(by.title()).isEqualTo("AMBASSADOR");
        assertThat(by.name()).isEqualTo("ROBERT H. TUTTLE");
        assertThat(by.reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    @Test
    void readsEveryWayOfWritingTheReasons() {
        assertThat(ClassifiedByExtractor.reasons("Reasons 1.4 (B/D).")).containsExactly("1.4(b)", "1.4(d)");
        assertThat(ClassifiedByExtractor.reasons("reasons: 1.5 (b,d).")).containsExactly("1.5(b)", "1.5(d)");
        assertThat(ClassifiedByExtractor.reasons("for reasons 1.4(b)(d)")).containsExactly("1.4(b)", "1.4(d)");
        assertThat(ClassifiedByExtractor.reasons("Reasons 1:4 b,d")).containsExactly("1.4(b)", "1.4(d)");
        assertThat(ClassifiedByExtractor.reasons("E.O. 12958 1.4 (a,b,c,d). 1. (C) Text"))
                .containsExactly("1.4(a)", "1.4(b)", "1.4(c)", "1.4(d)");
    }

    @Test
    void splitsNameAndTitleAroundAComma() {
        assertThat(ClassifiedByExtractor.parse("S/CT DAS, Susan F. Burk, Reason: 1.4 (b)"))
                .isEqualTo(new ClassifiedBy("Susan F. Burk", "S/CT DAS", java.util.List.of("1.4(b)")));
        assertThat(ClassifiedByExtractor.parse("ROBERT A. POLLARD, Minister-Counselor for Economics Affairs, for Reasons 1.4 (b and d)."))
                .isEqualTo(new ClassifiedBy("ROBERT A. POLLARD", "Minister-Counselor for Economics Affairs",
                        java.util.List.of("1.4(b)", "1.4(d)")));
    }

    @Test
    void leavesTheNameEmptyWhenOnlyATitleIsGiven() {
        assertThat(ClassifiedByExtractor.parse("Ambassador, reason 1.4 (b,d)"))
                .isEqualTo(new ClassifiedBy(null, "Ambassador", java.util.List.of("1.4(b)", "1.4(d)")));
    }

    @Test
    void readsLabelledReferencesWithTheirCableIds() {
        assertThat(ReferencesExtractor.extract(preamble("REF: A. 99 PRETORIA 12315  B. CAPE TOWN 179 C. 08 LAPAZ 2606"), "01"))
                .containsExactly(
                        new Reference("A", "99PRETORIA12315", "99 PRETORIA 12315"),
                        new Reference("B", "01CAPETOWN179", "CAPE TOWN 179"),
                        new Reference("C", "08LAPAZ2606", "08 LAPAZ 2606"));
    }

    @Test
    void readsParenthesisedLabelsAndSecstate() {
        assertThat(ReferencesExtractor.extract(preamble("REF: (A)STATE 071143, (B) SECSTATE 15113"), "07"))
                .extracting(Reference::referenceId).containsExactly("07STATE71143", "07STATE15113");
    }

    @Test
    void continuesAReferenceListAcrossBlankLinesWhileEntriesFollow() {
        assertThat(ReferencesExtractor.extract(preamble("REF: A. 08 LAPAZ 2606\nB. LA PAZ 6\n\nC. LA PAZ 11\n\nClassified By: X"), "09"))
                .extracting(Reference::referenceId).containsExactly("08LAPAZ2606", "09LAPAZ6", "09LAPAZ11");
    }

    @Test
    void keepsUnlabelledReferencesSeparatedBySemicolons() {
        assertThat(ReferencesExtractor.extract(preamble("REF: 09 STATE 122115; 09 NAIROBI 2487"), "09"))
                .containsExactly(new Reference(null, "09STATE122115", "09 STATE 122115"),
                        new Reference(null, "09NAIROBI2487", "09 NAIROBI 2487"));
    }

    @Test
    void splitsAnUnlabelledCommaListWhenEveryItemIsACable() {
        assertThat(ReferencesExtractor.extract(preamble("REF: Berlin 1337, Berlin 1340"), "09"))
                .extracting(Reference::referenceId).containsExactly("09BERLIN1337", "09BERLIN1340");
        assertThat(ReferencesExtractor.extract(preamble("REF: STATE 6461, PARA 4"), "09"))
                .extracting(Reference::text).containsExactly("STATE 6461, PARA 4");
    }

    @Test
    void keepsReferencesThatAreNoCablesAsText() {
        assertThat(ReferencesExtractor.extract(preamble("REF: A. DEMARCHE REQUEST 2009 B. EMAIL OF MAY 3"), "09"))
                .containsExactly(new Reference("A", null, "DEMARCHE REQUEST 2009"), new Reference("B", null, "EMAIL OF MAY 3"));
    }
}
