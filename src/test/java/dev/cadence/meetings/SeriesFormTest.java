package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agenda editor's steps on the form as posted, and reading the form into what the service checks. */
class SeriesFormTest {

    private final SeriesForm form = SeriesForm.blank(MeetingKind.OTHER, ZoneId.of("Europe/London"));

    @Test
    void aNewFormStartsFromItsKindsTemplateWithALengthThatHoldsIt() {
        assertThat(titles()).containsExactly("Updates", "Top 3 priorities", "Open issues", "Decisions and the message");
        assertThat(form.getLengthMinutes()).isEqualTo(45);
        SeriesForm oneOnOne = SeriesForm.blank(MeetingKind.ONE_ON_ONE, ZoneId.of("America/New_York"));
        assertThat(oneOnOne.plannedMinutes()).isEqualTo(55);
        assertThat(oneOnOne.getLengthMinutes()).as("rounded up to a quarter of an hour").isEqualTo(60);
    }

    @Test
    void sectionsAreAddedRemovedAndMovedUpAndDown() {
        assertThat(form.apply("add")).isEqualTo(4);
        form.getSections().get(4).setTitle("Hiring");
        assertThat(form.apply("up:4")).isEqualTo(3);
        assertThat(form.apply("up:3")).isEqualTo(2);
        assertThat(titles()).containsExactly("Updates", "Top 3 priorities", "Hiring", "Open issues", "Decisions and the message");
        assertThat(form.apply("down:0")).isEqualTo(1);
        assertThat(form.apply("up:0")).as("the first stays first").isEqualTo(0);
        assertThat(form.apply("down:4")).as("the last stays last").isEqualTo(4);
        assertThat(form.apply("remove:3")).isEqualTo(3);
        assertThat(titles()).containsExactly("Top 3 priorities", "Updates", "Hiring", "Decisions and the message");
    }

    @Test
    void aDragGivesTheNewOrderByFormerIndexes() {
        form.setOrder("3,0,2,1");
        form.apply(null);
        assertThat(titles()).containsExactly("Decisions and the message", "Updates", "Open issues", "Top 3 priorities");
        assertThat(form.getOrder()).isNull();
        for (String bad : List.of("0,1,2", "0,0,1,2", "0,1,2,9", "a,b,c,d")) {
            form.setOrder(bad);
            assertThatThrownBy(() -> form.apply(null)).as(bad).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void startingFromAnotherKindsTemplateReplacesTheAgenda() {
        form.setKind(MeetingKind.FORECAST_REVIEW);
        form.apply("template");
        assertThat(form.getSections()).hasSize(AgendaTemplates.forecastReview().size());
        assertThat(form.getSections().get(0).getContent()).isEqualTo("PANEL:" + AgendaTemplates.FORECAST_CALL);
        assertThat(form.getLengthMinutes()).isEqualTo(60);
    }

    @Test
    void stepsThatNameNoSectionAreRefused() {
        for (String bad : List.of("up:9", "remove:-1", "down:x", "explode", "")) {
            assertThatThrownBy(() -> form.apply(bad)).as(bad).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void theFormReadsIntoASpecAndWhatCannotBeReadIsRefusedOnItsField() {
        form.setName("Partner council");
        form.setParticipantIds(List.of(1L, 2L));
        form.setFrequency(Frequency.MONTHLY);
        form.setWeekOfMonth(WeekOfMonth.LAST);
        form.setWeekday(DayOfWeek.FRIDAY);
        form.setTime("16:30");
        form.getSections().get(2).setContent("PANEL:nrr");
        SeriesSpec spec = form.toSpec();
        assertThat(spec.schedule()).isEqualTo(new Schedule(Frequency.MONTHLY, DayOfWeek.FRIDAY, WeekOfMonth.LAST,
                LocalTime.of(16, 30), ZoneId.of("Europe/London"), 45));
        assertThat(spec.agenda().get(2)).isEqualTo(TemplateSectionSpec.panel("nrr", "Open issues",
                "What is blocked and who can unblock it.", 15));

        form.setTime("half past four");
        assertThatThrownBy(form::toSpec).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("time");
        form.setTime("16:30");
        form.setTimeZone("Mars/Olympus_Mons");
        assertThatThrownBy(form::toSpec).extracting(e -> ((RuleViolationException) e).field()).isEqualTo("timeZone");
        form.setTimeZone("Europe/London");
        form.getSections().get(1).setContent("PANEL:");
        assertThatThrownBy(form::toSpec).extracting(e -> ((RuleViolationException) e).field()).isEqualTo("sections[1].content");
        form.getSections().get(1).setContent("NOPE");
        assertThatThrownBy(form::toSpec).extracting(e -> ((RuleViolationException) e).field()).isEqualTo("sections[1].content");
        form.getSections().get(1).setContent("PRIORITIES");
        form.getSections().get(1).setMinutes(null);
        assertThatThrownBy(form::toSpec).extracting(e -> ((RuleViolationException) e).field()).isEqualTo("sections[1].minutes");
    }

    @Test
    void anAgendaReadsAsOneLineAndItsChangesInWords() {
        String before = AgendaOutline.of(AgendaTemplates.other());
        assertThat(before).isEqualTo("Updates (10 min); Top 3 priorities (10 min, top three); Open issues (15 min); "
                + "Decisions and the message (10 min, message)");
        List<TemplateSectionSpec> changed = List.of(AgendaTemplates.other().get(1), AgendaTemplates.other().get(0),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Hiring", null, 5), AgendaTemplates.other().get(3));
        assertThat(AgendaOutline.changes(before, AgendaOutline.of(changed)))
                .isEqualTo("added “Hiring (5 min)”; removed “Open issues (15 min)”; sections reordered");
        assertThat(AgendaOutline.changes(before, before)).isNull();
    }

    private List<String> titles() {
        return form.getSections().stream().map(SeriesForm.Section::getTitle).toList();
    }
}
