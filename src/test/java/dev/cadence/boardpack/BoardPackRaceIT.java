package dev.cadence.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.web.StaleEditException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two leaders saving one section's commentary at the same moment: one is saved, the other refused with what was saved. */
@CadenceIntegrationTest
class BoardPackRaceIT {

    @Autowired
    BoardPackService packs;
    @Autowired
    PersonService people;

    @Test
    void twoFirstCommentariesOfOneSectionAtOnceSaveOneAndRefuseTheOther() throws Exception {
        String q = PackQuarters.fresh();
        CadenceUser cfo = people.principalOf("cfo");
        CadenceUser cro = people.principalOf("cro");

        List<String> outcomes = Race.between("board_pack_commentary",
                outcome(() -> packs.saveCommentary(q, 1, PackSection.RISKS, "The CFO's risks.", null, cfo)),
                outcome(() -> packs.saveCommentary(q, 1, PackSection.RISKS, "The CRO's risks.", null, cro)));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        assertThat(packs.page(q, 1, cfo).commentaryOf(PackSection.RISKS).body()).isIn("The CFO's risks.", "The CRO's risks.");
    }

    @Test
    void twoEditsOfOneCommentaryAtOnceSaveOneAndRefuseTheOther() throws Exception {
        String q = PackQuarters.fresh();
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cfo = people.principalOf("cfo");
        long seen = packs.saveCommentary(q, 1, PackSection.DRIVERS, "First wording.", null, ceo).commentary().version();

        List<String> outcomes = Race.between("board_pack_commentary",
                outcome(() -> packs.saveCommentary(q, 1, PackSection.DRIVERS, "The CEO's wording.", seen, ceo)),
                outcome(() -> packs.saveCommentary(q, 1, PackSection.DRIVERS, "The CFO's wording.", seen, cfo)));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
    }

    @Test
    void finalizingWhileSomeoneWritesFreezesOnlyWhatTheFinalizerSaw() throws Exception {
        String q = PackQuarters.fresh();
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        long packVersion = packs.saveCommentary(q, 1, PackSection.SUMMARY, "The headline.", null, ceo).packVersion();

        List<String> outcomes = Race.between(List.of("board_pack_commentary", "board_pack_final"),
                outcome(() -> packs.finalizePack(q, 1, packVersion, ceo)),
                outcome(() -> packs.saveCommentary(q, 1, PackSection.EXPERIMENTS, "Late words.", null, cro)));

        // Either the commentary went in first (the finalize, opened before it, is refused) or the pack was final first
        // (the commentary is refused: it is frozen).
        assertThat(outcomes).containsExactlyInAnyOrder("saved", outcomes.contains("stale") ? "stale" : "conflict");
        PackPage page = packs.page(q, 1, ceo);
        if (page.isFinal()) {
            assertThat(page.commentaryOf(PackSection.EXPERIMENTS).written()).isFalse();
        }
    }

    /** "saved", "stale", "conflict", or what else escaped (which fails the test). */
    private static Callable<String> outcome(Callable<?> save) {
        return () -> {
            try {
                save.call();
                return "saved";
            } catch (StaleEditException stale) {
                return "stale";
            } catch (dev.cadence.web.ConflictException conflict) {
                return "conflict";
            } catch (RuntimeException other) {
                return other.toString();
            }
        };
    }
}
