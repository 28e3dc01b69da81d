package dev.cadence.pipeline;

import dev.cadence.people.CadenceUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What moved between two snapshots, through the API: start, each bucket, end (see {@link FlowBucket}). */
@RestController
@RequestMapping("/api/v1/pipeline")
class FlowApiController {

    private final FlowService flows;

    FlowApiController(FlowService flows) {
        this.flows = flows;
    }

    @GetMapping("/flow")
    FlowJson flow(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String segment, @RequestParam(required = false) String quarter,
                  @AuthenticationPrincipal CadenceUser me) {
        return FlowJson.of(flows.flow(from, to, segment, quarter, me));
    }

    record Amount(int deals, BigDecimal amount) {

        static Amount of(Flow.Total t) {
            return new Amount(t.deals(), t.amount());
        }
    }

    /** {@code direction}: {@code in} adds to start, {@code out} takes from it. */
    record Bucket(String bucket, String label, String direction, int deals, BigDecimal amount) {
    }

    record FlowJson(LocalDate from, LocalDate to, String quarter, String segment, Amount start, List<Bucket> buckets, Amount end,
                    Amount stayed, Amount wonNotInStart) {

        static FlowJson of(FlowService.Scoped<Flow> scoped) {
            Flow f = scoped.value();
            FlowService.Scope s = scoped.scope();
            return new FlowJson(s.from().asOf(), s.to().asOf(), s.quarter().key(), s.segmentKey(), Amount.of(f.start()),
                    f.lines().stream().map(l -> new Bucket(l.bucket().param(), l.bucket().label(),
                            l.inflow() ? "in" : "out", l.deals(), l.amount())).toList(),
                    Amount.of(f.end()), Amount.of(f.stayed()), Amount.of(f.wonOutside()));
        }
    }
}
