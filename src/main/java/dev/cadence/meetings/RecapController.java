package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recap of a closed meeting, as a page and as a PDF; the participants' (and administrators') only. */
@Controller
class RecapController {

    private final MeetingQueryService meetings;
    private final RecapPdf pdf;
    private final MeetingPanels panels;
    private final MeetingRatingService ratings;
    private final ObjectProvider<RecapDelivery> delivery;

    RecapController(MeetingQueryService meetings, RecapPdf pdf, MeetingPanels panels, MeetingRatingService ratings,
                    ObjectProvider<RecapDelivery> delivery) {
        this.meetings = meetings;
        this.ratings = ratings;
        this.pdf = pdf;
        this.panels = panels;
        this.delivery = delivery;
    }

    @GetMapping("/meetings/{id}/recap")
    String recap(@PathVariable long id, @AuthenticationPrincipal CadenceUser me, Model model, RedirectAttributes redirect) {
        Optional<RecapView> recap = meetings.closedRecap(id, me);
        if (recap.isEmpty()) {
            Flash.info(redirect, MeetingQueryService.NO_RECAP_YET);
            return "redirect:/meetings/" + id;
        }
        model.addAttribute("recap", recap.get());
        model.addAttribute("rating", ratings.of(id, me).orElse(null));
        model.addAttribute("panels", panels.of(recap.get().meeting(), recap.get().sections(), me));
        model.addAttribute("mailing", mailingOf(delivery, id));
        return "meetings/recap";
    }

    @GetMapping("/meetings/{id}/recap.pdf")
    ResponseEntity<byte[]> recapPdf(@PathVariable long id, @RequestParam(defaultValue = "a4") String paper,
                                    @AuthenticationPrincipal CadenceUser me) {
        Optional<RecapView> closed = meetings.closedRecap(id, me);
        if (closed.isEmpty()) {
            // No recap before the meeting closes: back to the meeting itself.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/meetings/" + id)).build();
        }
        RecapView recap = closed.get();
        String file = pdfFileName(recap);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(recap, panels.of(recap.meeting(), recap.sections(), me), "letter".equalsIgnoreCase(paper)));
    }

    /** Where the recap's e-mails stand; none went out when no feature sends them. */
    static RecapMailing mailingOf(ObjectProvider<RecapDelivery> delivery, long meetingId) {
        RecapDelivery sender = delivery.getIfAvailable();
        return sender == null ? RecapMailing.none() : sender.mailingOf(meetingId);
    }

    /** "recap-2026-11-24.pdf". */
    static String pdfFileName(RecapView recap) {
        return "recap-" + recap.meeting().startsAt().toLocalDate() + ".pdf";
    }
}
