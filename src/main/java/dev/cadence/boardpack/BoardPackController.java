package dev.cadence.boardpack;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board pack's pages: the list of quarters, a quarter's pack (a version of it) with its commentary boxes, finalize
 * and new version, and its PDF. A final version's PDF is sent byte for byte as stored, with its SHA-256.
 */
@Controller
@RequestMapping("/board-packs")
class BoardPackController {

    static final String COMMENTARY = "boardpack/show :: commentary";

    private final BoardPackService packs;

    BoardPackController(BoardPackService packs) {
        this.packs = packs;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("rows", packs.list(me));
        model.addAttribute("canWrite", BoardPackPermissions.canWrite(me));
        model.addAttribute("board", me.readOnly());
        return "boardpack/index";
    }

    @GetMapping("/{quarter}")
    String show(@PathVariable String quarter, @RequestParam(required = false) Integer version, @AuthenticationPrincipal CadenceUser me,
                Model model) {
        PackPage page = packs.page(quarter, version, me);
        model.addAttribute("pack", page);
        model.addAttribute("figures", page.content());
        model.addAttribute("commentaryForm", new CommentaryForm());
        return "boardpack/show";
    }

    @GetMapping("/{quarter}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String quarter, @RequestParam(required = false) Integer version,
                               @AuthenticationPrincipal CadenceUser me) {
        BoardPackService.PackPdf pdf = packs.pdf(quarter, version, me);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .header("X-Content-SHA256", pdf.sha256());
        if (pdf.stored()) {
            // The same bytes every time: the hash is its tag, and a copy may be kept.
            answer.eTag("\"" + pdf.sha256() + "\"");
        } else {
            answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return answer.body(pdf.bytes());
    }

    @PostMapping("/{quarter}/versions/{number}/commentary/{section}")
    String saveCommentary(@PathVariable String quarter, @PathVariable int number, @PathVariable String section,
                          @ModelAttribute("commentaryForm") CommentaryForm form, BindingResult binding,
                          @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, Model model) {
        PackSection s = PackSection.fromParam(section).orElseThrow(() -> new NotFoundException("A board pack has no section “" + section + "”."));
        form.setSection(s.anchor());
        onRefusal.showFormInPlace("#commentary-" + s.anchor(), COMMENTARY, binding, (refused, why) -> {
            PackPage page = packs.page(quarter, number, me);
            CommentaryView now = page.commentaryOf(s);
            if (why instanceof StaleEditException) {
                // Saving again, knowingly, replaces what the other person wrote.
                form.setVersion(now.version());
            }
            refused.addAttribute("section", s);
            refused.addAttribute("c", now);
            refused.addAttribute("ref", page.ref());
        });
        BoardPackService.Saved saved = packs.saveCommentary(quarter, number, s, form.getBody(), form.getVersion(), me);
        model.addAttribute("section", s);
        model.addAttribute("c", saved.commentary());
        model.addAttribute("ref", new PackRef(quarter, saved.number(), saved.packVersion(), true));
        model.addAttribute("commentaryForm", new CommentaryForm());
        model.addAttribute("saved", true);
        return "boardpack/show :: commentary-saved";
    }

    @PostMapping("/{quarter}/versions/{number}/paper")
    String paper(@PathVariable String quarter, @PathVariable int number, @RequestParam(required = false) String paper,
                 @RequestParam long packVersion, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/board-packs/" + quarter + "?version=" + number);
        packs.choosePaper(quarter, number, paper, packVersion, me);
        Flash.success(redirect, "The PDF is set on " + Paper.read(paper).label() + ".");
        return "redirect:/board-packs/" + quarter + "?version=" + number;
    }

    @PostMapping("/{quarter}/versions/{number}/finalize")
    String finalizePack(@PathVariable String quarter, @PathVariable int number, @RequestParam long packVersion,
                        @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/board-packs/" + quarter + "?version=" + number);
        PackVersion done = packs.finalizePack(quarter, number, packVersion, me);
        Flash.success(redirect, "Version " + done.number() + " is final: its figures, commentary and PDF are frozen (SHA-256 "
                + done.shortHash() + "…). The board can read it now.");
        return "redirect:/board-packs/" + quarter + "?version=" + number;
    }

    @PostMapping("/{quarter}/versions")
    String newVersion(@PathVariable String quarter, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal,
                      RedirectAttributes redirect) {
        onRefusal.redirectTo("/board-packs/" + quarter);
        int number = packs.newVersion(quarter, me);
        Flash.success(redirect, "Version " + number + " is a draft, with the final version's commentary to start from. "
                + "Its figures are live again; the board keeps reading the final version until this one is finalized.");
        return "redirect:/board-packs/" + quarter + "?version=" + number;
    }
}
