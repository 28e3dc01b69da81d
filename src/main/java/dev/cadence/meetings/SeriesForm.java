package dev.cadence.meetings;

import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TimeZones;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the series form posts: name, kind, participants, schedule, and the agenda template as a list of sections
 * ({@code sections[0].title}, …), which the agenda editor adds to, removes from and reorders before anything is saved
 * ({@link #apply}). {@link #toSpec()} reads it into what the service checks; a value that cannot be read is refused on
 * its field.
 */
class SeriesForm {

    /** A section's content: a {@link SectionKind} name, or {@code PANEL:} and the panel's key. */
    static final String PANEL = "PANEL:";

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private String name;
    private MeetingKind kind;
    private List<Long> participantIds = new ArrayList<>();
    private Frequency frequency = Frequency.WEEKLY;
    private DayOfWeek weekday;
    private WeekOfMonth weekOfMonth;
    private String time;
    private String timeZone;
    private Integer lengthMinutes;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstMeeting;
    private long version;
    private List<Section> sections = new ArrayList<>();
    /** After a drag: the sections' indexes in their new order ("2,0,1"); empty otherwise. */
    private String order;

    /** One section of the agenda template. */
    public static class Section {
        private String title;
        private String content = SectionKind.DISCUSSION.name();
        private String prompt;
        private Integer minutes;

        static Section of(TemplateSectionSpec s) {
            Section section = new Section();
            section.title = s.title();
            section.content = s.kind() == SectionKind.PANEL ? PANEL + s.panelKey() : s.kind().name();
            section.prompt = s.prompt();
            section.minutes = s.minutes();
            return section;
        }

        TemplateSectionSpec spec(int index) {
            String what = content == null ? "" : content;
            SectionKind kind;
            String panelKey = null;
            if (what.startsWith(PANEL)) {
                kind = SectionKind.PANEL;
                panelKey = what.substring(PANEL.length());
                if (panelKey.isBlank()) {
                    throw new RuleViolationException("sections[" + index + "].content", "Choose which data panel section "
                            + (index + 1) + " shows.");
                }
            } else {
                try {
                    kind = SectionKind.valueOf(what);
                } catch (IllegalArgumentException unknown) {
                    throw new RuleViolationException("sections[" + index + "].content", "Choose what section " + (index + 1) + " holds.");
                }
                if (kind == SectionKind.PANEL) {
                    throw new RuleViolationException("sections[" + index + "].content", "Choose which data panel section "
                            + (index + 1) + " shows.");
                }
            }
            if (minutes == null) {
                throw new RuleViolationException("sections[" + index + "].minutes", "Give section " + (index + 1) + " a time box in minutes.");
            }
            return new TemplateSectionSpec(kind, title, prompt, minutes, panelKey);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public String getPrompt() {
            return prompt;
        }

        public void setPrompt(String prompt) {
            this.prompt = prompt;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }
    }

    /** A new series of that kind: its template, a length that holds it, weekly in the time zone given. */
    static SeriesForm blank(MeetingKind kind, ZoneId zone) {
        SeriesForm form = new SeriesForm();
        form.kind = kind;
        form.timeZone = zone.getId();
        form.time = "09:00";
        form.weekday = DayOfWeek.TUESDAY;
        form.useTemplate();
        return form;
    }

    static SeriesForm from(SeriesView series) {
        SeriesForm form = new SeriesForm();
        form.name = series.name();
        form.kind = series.kind();
        form.participantIds = new ArrayList<>(series.participants().stream().map(SeriesView.Participant::id).toList());
        Schedule schedule = series.schedule();
        form.frequency = schedule.frequency();
        form.weekday = schedule.weekday();
        form.weekOfMonth = schedule.weekOfMonth();
        form.time = HOURS.format(schedule.time());
        form.timeZone = schedule.zone().getId();
        form.lengthMinutes = schedule.lengthMinutes();
        form.version = series.version();
        form.sections = new ArrayList<>(series.sections().stream()
                .map(t -> Section.of(new TemplateSectionSpec(t.kind(), t.title(), t.prompt(), t.minutes(), t.panelKey()))).toList());
        return form;
    }

    /** What the service checks; a time, time zone or section that cannot be read is refused on its field. */
    SeriesSpec toSpec() {
        List<TemplateSectionSpec> agenda = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            agenda.add(sections.get(i) == null ? null : sections.get(i).spec(i));
        }
        Schedule schedule = new Schedule(frequency, weekday, weekOfMonth, readTime(), readZone(),
                lengthMinutes == null ? 0 : lengthMinutes);
        return new SeriesSpec(name, kind, new LinkedHashSet<>(participantIds), schedule, agenda);
    }

    /**
     * One step of the agenda editor, on the sections as posted: {@code add}, {@code remove:2}, {@code up:2},
     * {@code down:2}, {@code template} (the kind's template instead), or a new order after a drag ({@link #getOrder()}).
     *
     * @return the index of the section the step is about (to keep the focus there), or -1
     */
    int apply(String op) {
        String step = op == null ? "" : op;
        if (order != null && !order.isBlank()) {
            reorder(order);
            order = null;
            return -1;
        }
        int at = step.contains(":") ? index(step.substring(step.indexOf(':') + 1)) : -1;
        switch (step.contains(":") ? step.substring(0, step.indexOf(':')) : step) {
            case "add" -> {
                Section added = new Section();
                added.minutes = 10;
                sections.add(added);
                return sections.size() - 1;
            }
            case "remove" -> {
                sections.remove(at);
                return Math.min(at, sections.size() - 1);
            }
            case "up" -> {
                if (at > 0) {
                    Collections.swap(sections, at, at - 1);
                    return at - 1;
                }
                return at;
            }
            case "down" -> {
                if (at < sections.size() - 1) {
                    Collections.swap(sections, at, at + 1);
                    return at + 1;
                }
                return at;
            }
            case "template" -> {
                useTemplate();
                return -1;
            }
            default -> throw new RuleViolationException("Nothing to do to the agenda: " + step + ".");
        }
    }

    private void useTemplate() {
        List<TemplateSectionSpec> template = AgendaTemplates.forKind(kind == null ? MeetingKind.OTHER : kind);
        sections = new ArrayList<>(template.stream().map(Section::of).toList());
        int planned = template.stream().mapToInt(TemplateSectionSpec::minutes).sum();
        if (lengthMinutes == null || lengthMinutes < planned) {
            lengthMinutes = Math.max(Schedule.SHORTEST, (planned + 14) / 15 * 15);
        }
    }

    private int index(String typed) {
        try {
            int i = Integer.parseInt(typed.trim());
            if (i >= 0 && i < sections.size()) {
                return i;
            }
        } catch (NumberFormatException notANumber) {
            // below
        }
        throw new RuleViolationException("There is no section " + typed + " in this agenda.");
    }

    /** The sections in the order given by their former indexes: every index once. */
    private void reorder(String typed) {
        List<Section> reordered = new ArrayList<>();
        LinkedHashSet<Integer> seen = new LinkedHashSet<>();
        for (String part : typed.split(",")) {
            int i = index(part);
            if (!seen.add(i)) {
                throw new RuleViolationException("The new order names section " + i + " twice.");
            }
            reordered.add(sections.get(i));
        }
        if (reordered.size() != sections.size()) {
            throw new RuleViolationException("The new order leaves out some of the sections.");
        }
        sections = reordered;
    }

    private LocalTime readTime() {
        if (time == null || time.isBlank()) {
            throw new RuleViolationException("time", "Give the time it starts, e.g. 09:00.");
        }
        try {
            return LocalTime.parse(time.trim());
        } catch (DateTimeParseException unreadable) {
            throw new RuleViolationException("time", "Give the time as hours and minutes, e.g. 09:00 or 14:30.");
        }
    }

    private ZoneId readZone() {
        if (timeZone == null || timeZone.isBlank()) {
            throw new RuleViolationException("timeZone", "Choose the time zone the time is in.");
        }
        return TimeZones.region(timeZone);
    }

    /** What the time boxes add up to, as the editor shows it. */
    public int plannedMinutes() {
        return sections.stream().filter(s -> s != null && s.minutes != null).mapToInt(s -> s.minutes).sum();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public List<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<Long> participantIds) {
        this.participantIds = participantIds == null ? new ArrayList<>() : participantIds;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public WeekOfMonth getWeekOfMonth() {
        return weekOfMonth;
    }

    public void setWeekOfMonth(WeekOfMonth weekOfMonth) {
        this.weekOfMonth = weekOfMonth;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getLengthMinutes() {
        return lengthMinutes;
    }

    public void setLengthMinutes(Integer lengthMinutes) {
        this.lengthMinutes = lengthMinutes;
    }

    public LocalDate getFirstMeeting() {
        return firstMeeting;
    }

    public void setFirstMeeting(LocalDate firstMeeting) {
        this.firstMeeting = firstMeeting;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Section> getSections() {
        return sections;
    }

    public void setSections(List<Section> sections) {
        this.sections = sections == null ? new ArrayList<>() : sections;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
