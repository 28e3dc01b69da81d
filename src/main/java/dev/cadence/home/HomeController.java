package dev.cadence.home;

import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.scorecard.ScorecardService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: the signed-in person's week. */
@Controller
class HomeController {

    private final PersonService people;
    private final ScorecardService scorecard;
    private final MeetingQueryService meetings;
    private final ActionItemService actionItems;
    private final Clock clock;

    HomeController(PersonService people, ScorecardService scorecard, MeetingQueryService meetings, ActionItemService actionItems,
                   Clock clock) {
        this.people = people;
        this.scorecard = scorecard;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CadenceUser me, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("weekLabel", today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        model.addAttribute("weekStart", today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        model.addAttribute("weekEnd", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        model.addAttribute("me", people.get(me.personId()));
        model.addAttribute("team", people.leadershipTeam());
        model.addAttribute("missingValues", scorecard.missingValuesOwnedBy(me.personId()));
        model.addAttribute("nextMeetings", meetings.upcomingFor(me.personId()));
        model.addAttribute("actionItems", actionItems.openActionItemsOwnedBy(me.personId()));
        return "home/index";
    }
}
