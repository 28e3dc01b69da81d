package dev.cadence.home;

import dev.cadence.people.CadenceUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: a leader's week (their cockpit), or the board's view of the company. */
@Controller
class HomeController {

    private final HomeService home;
    private final Clock clock;

    HomeController(HomeService home, Clock clock) {
        this.home = home;
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
        model.addAttribute("firstName", me.displayName().trim().split("\\s+")[0]);
        // Someone who is only a board member writes nothing: their Home reports, it asks nothing of them.
        if (me.readOnly()) {
            model.addAttribute("home", home.board(me));
            return "home/board";
        }
        model.addAttribute("home", home.leader(me));
        return "home/index";
    }
}
