package dev.cadence.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.charter.ChangeView.Kind;
import dev.cadence.charter.ChangeView.Segment;
import dev.cadence.history.FieldChange;
import dev.cadence.web.RuleViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The charter's rules on text: the word diff, the sections as governed fields, their changes, keys and checks. */
class CharterTextTest {

    private static final CharterSection ICP = new CharterSection("icp", "Ideal customer profile",
            "B2B software companies with 200 to 2,000 employees.\n\n- Salesforce or HubSpot as CRM\n- A RevOps team");
    private static final CharterSection POSITIONING = new CharterSection("positioning", "Positioning",
            "The operating system for revenue leadership.");

    @Test
    void theDiffMarksTheWordsDeletedAndInsertedAndKeepsTheRest() {
        assertThat(TextDiff.between("Mid-market companies with 200 to 2,000 employees.", "Mid-market companies with 150 to 2,000 employees."))
                .containsExactly(new Segment(Kind.SAME, "Mid-market companies with "), new Segment(Kind.DELETED, "200"),
                        new Segment(Kind.INSERTED, "150"), new Segment(Kind.SAME, " to 2,000 employees."));
        assertThat(TextDiff.between("A", "A")).containsExactly(new Segment(Kind.SAME, "A"));
        assertThat(TextDiff.between(null, "New text")).containsExactly(new Segment(Kind.INSERTED, "New text"));
        assertThat(TextDiff.between("Old text", null)).containsExactly(new Segment(Kind.DELETED, "Old text"));
        // Line breaks are tokens like spaces: a new list item is one insertion, the text around it unchanged.
        assertThat(TextDiff.between("- one\n- two", "- one\n- one and a half\n- two")).extracting(Segment::kind)
                .containsExactly(Kind.SAME, Kind.INSERTED, Kind.SAME);
        // Whatever the changes, the old text is what is kept and deleted; the new one what is kept and inserted.
        String from = "Discounts above 20% need the CRO and the CFO; multi-year deals prepay.";
        String to = "Discounts above 15% need the CRO; above 25% the CFO too; multi-year deals prepay annually.";
        List<Segment> segments = TextDiff.between(from, to);
        assertThat(join(segments, Kind.INSERTED)).isEqualTo(from);
        assertThat(join(segments, Kind.DELETED)).isEqualTo(to);
    }

    @Test
    void theSectionsAreFieldsAndReadBackTheSame() {
        Map<String, String> fields = CharterFields.of(List.of(ICP, POSITIONING));
        assertThat(fields).containsEntry("order", "icp,positioning").containsEntry("icp.title", "Ideal customer profile")
                .containsEntry("positioning.body", "The operating system for revenue leadership.");
        assertThat(CharterFields.sections(fields)).containsExactly(ICP, POSITIONING);
        // A key in the order without a title (a section removed meanwhile) is no section.
        assertThat(CharterFields.sections(Map.of("order", "icp,gone", "icp.title", "ICP", "icp.body", "x")))
                .containsExactly(new CharterSection("icp", "ICP", "x"));
    }

    @Test
    void aChangeReadsSectionBySection() {
        CharterSection reworded = new CharterSection("positioning", "Positioning and message", "The revenue operating system.");
        CharterSection added = new CharterSection("competitors", "Competitors", "Clari, Gong and spreadsheets.");
        assertThat(CharterFields.changes(List.of(ICP, POSITIONING), List.of(reworded, added))).containsExactly(
                new FieldChange("Title of “Positioning”", "Positioning", "Positioning and message"),
                new FieldChange("Positioning and message", POSITIONING.body(), reworded.body()),
                new FieldChange("Competitors (new section)", null, added.body()),
                new FieldChange("Ideal customer profile (removed)", ICP.body(), null));
        assertThat(CharterFields.changes(List.of(ICP, POSITIONING), List.of(POSITIONING, ICP))).containsExactly(
                new FieldChange("Order of the sections", "Ideal customer profile · Positioning", "Positioning · Ideal customer profile"));
        assertThat(CharterFields.changes(List.of(ICP), List.of(ICP))).isEmpty();
        // The same through the governance's reader, from fields.
        assertThat(CharterFields.READER.changes(CharterFields.of(List.of(ICP)), CharterFields.of(List.of(ICP, added))))
                .containsExactly(new FieldChange("Competitors (new section)", null, added.body()));
    }

    @Test
    void aNewSectionIsKeyedByItsTitleAndNeverTakesAKeyInUse() {
        Set<String> taken = new HashSet<>(Set.of("pricing"));
        assertThat(CharterService.keyFor("Pricing", taken)).isEqualTo("pricing-2");
        assertThat(CharterService.keyFor("Pricing", taken)).isEqualTo("pricing-3");
        assertThat(CharterService.keyFor("Who owns what?", taken)).isEqualTo("who-owns-what");
        assertThat(CharterService.keyFor("Équipe & rôles", taken)).isEqualTo("equipe-roles");
        assertThat(CharterService.keyFor("!!!", taken)).isEqualTo("section");
        assertThat(CharterService.keyFor("x".repeat(80), taken)).hasSize(36);
    }

    @Test
    void theFormsSectionsAreCheckedOneByOne() {
        List<CharterSection> now = List.of(ICP, POSITIONING);
        List<CharterSection> edited = CharterService.sections(List.of(
                new SectionDraft("icp", "Ideal customer profile", ICP.body() + "\r\n- A CFO who reads the board pack", false),
                new SectionDraft("positioning", "Positioning", POSITIONING.body(), true),
                new SectionDraft(null, "Competitors", "Clari, Gong and spreadsheets.", false),
                new SectionDraft("", " ", "", false)), now);
        assertThat(edited).extracting(CharterSection::key).containsExactly("icp", "competitors");
        assertThat(edited.get(0).body()).endsWith("A RevOps team\n- A CFO who reads the board pack");

        assertThatThrownBy(() -> CharterService.sections(List.of(new SectionDraft("icp", "", "Text", false)), now))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sections[0].title"));
        assertThatThrownBy(() -> CharterService.sections(List.of(new SectionDraft("icp", "ICP", " ", false)), now))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sections[0].body"));
        assertThatThrownBy(() -> CharterService.sections(List.of(new SectionDraft("icp", "ICP", "a", false),
                new SectionDraft(null, "icp", "b", false)), now))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sections[1].title"))
                .hasMessageContaining("called “icp” already");
        assertThatThrownBy(() -> CharterService.sections(List.of(new SectionDraft("icp", "ICP", "a", true)), now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one section");
        List<SectionDraft> thirteen = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add(new SectionDraft(null, "Section " + i, "Text", false));
        }
        assertThatThrownBy(() -> CharterService.sections(thirteen, now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("12 sections at most");
        assertThatThrownBy(() -> CharterService.sections(List.of(new SectionDraft("icp", "ICP", "a\u0007b", false)), now))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sections[0].body"));
    }

    @Test
    void aSectionReadsAsParagraphsAndLists() {
        assertThat(ICP.blocks()).containsExactly(
                new CharterSection.Block(false, List.of("B2B software companies with 200 to 2,000 employees.")),
                new CharterSection.Block(true, List.of("Salesforce or HubSpot as CRM", "A RevOps team")));
        assertThat(new CharterSection("k", "T", "Intro line\n- item\nAfter").blocks()).containsExactly(
                new CharterSection.Block(false, List.of("Intro line")), new CharterSection.Block(true, List.of("item")),
                new CharterSection.Block(false, List.of("After")));
    }

    /** The text a diff keeps when the runs of one kind are left out. */
    private static String join(List<Segment> segments, Kind without) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() != without).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
