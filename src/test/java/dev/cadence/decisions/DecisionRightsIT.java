package dev.cadence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The decision-rights map through its pages: one Decide, lock and reopen, stale edits, history, permissions. */
@CadenceIntegrationTest
class DecisionRightsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    PersonService people;

    CadenceUser ceo;
    long cro;
    long cfo;
    long cmo;
    long areaId;

    @BeforeEach
    void aDraftAreaWithNobodyDecidingYet() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro").personId();
        cfo = people.principalOf("cfo").personId();
        cmo = people.principalOf("cmo").personId();
        AsPerson.run(ceo, () -> areaId = rights.createArea("Test area " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                "Partner discounts", ceo).id());
    }

    @Test
    void thePageRefusesASecondDecideWhateverTheClientSendsAndCanHandItOver() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        cell(session, cro, "DECIDE").andExpect(status().isOk())
                .andExpect(content().string(containsString("data-role=\"DECIDE\"")));
        cell(session, cfo, "D")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Daniel Okafor already decides")))
                .andExpect(content().string(containsString("Hand Decide to Tom Lindqvist")));
        assertThat(rights.row(areaId).holding(RightRole.DECIDE)).extracting(RightCell::personId).containsExactly(cro);

        // Even a hand-made request without the page's form cannot make two: the handover moves Decide.
        cell(session, cfo, "DECIDE", "handover", "true").andExpect(status().isOk());
        AreaRow row = rights.row(areaId);
        assertThat(row.holding(RightRole.DECIDE)).extracting(RightCell::personId).containsExactly(cfo);
        assertThat(row.holding(RightRole.CONSULT)).extracting(RightCell::personId).containsExactly(cro);

        cell(session, cmo, "maybe").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("is not a part in a decision")));
    }

    @Test
    void agreeingAndLockingNeedExactlyOneDecideAndAnAgreedAreaKeepsIt() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        mvc.perform(post("/decision-rights/" + areaId + "/agree").session(session).with(csrf())
                        .param("version", version()))
                .andExpect(r -> assertThat(((dev.cadence.web.Flash) r.getFlashMap().get("flash")).message())
                        .contains("with exactly one Decide; it has 0"));
        assertThat(rights.row(areaId).status()).isEqualTo(AreaStatus.DRAFT);

        cell(session, cro, "DECIDE").andExpect(status().isOk());
        mvc.perform(post("/decision-rights/" + areaId + "/agree").session(session).with(csrf()).param("version", version()));
        assertThat(rights.row(areaId).status()).isEqualTo(AreaStatus.AGREED);
        cell(session, cro, "").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("keeps exactly one Decide")));
        assertThat(rights.row(areaId).deciderName()).isEqualTo("Daniel Okafor");
        // Editing an agreed (not locked) area is allowed.
        cell(session, cmo, "INFORM").andExpect(status().isOk());
    }

    @Test
    void aLockedAreaRefusesEditsUntilReopenedWithAReasonAndEveryReopeningIsCounted() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        cell(session, cro, "DECIDE").andExpect(status().isOk());
        mvc.perform(post("/decision-rights/" + areaId + "/lock").session(session).with(csrf()).param("version", version()));
        AreaRow locked = rights.row(areaId);
        assertThat(locked.status()).isEqualTo(AreaStatus.LOCKED);
        assertThat(locked.lockedByName()).isEqualTo("Daniel Okafor");
        assertThat(locked.lockedAt()).isNotNull();

        cell(session, cfo, "CONSULT").andExpect(status().isConflict())
                .andExpect(content().string(containsString("is locked by Daniel Okafor on")))
                .andExpect(content().string(containsString("reopen it with a reason first")));
        assertThatThrownBy(() -> rights.replaceAssignments(areaId, Map.of(cfo, RightRole.DECIDE), locked.version(), ceo))
                .isInstanceOf(AreaLockedException.class);

        mvc.perform(post("/decision-rights/" + areaId + "/reopen").session(session).with(csrf())
                .param("version", version()).param("reason", "  "));
        assertThat(rights.row(areaId).status()).isEqualTo(AreaStatus.LOCKED);
        assertThat(rights.row(areaId).reopenCount()).isZero();

        mvc.perform(post("/decision-rights/" + areaId + "/reopen").session(session).with(csrf())
                .param("version", version()).param("reason", "Finance wants a say on partner margins."));
        AreaRow reopened = rights.row(areaId);
        assertThat(reopened.status()).isEqualTo(AreaStatus.AGREED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.reopenedThisQuarter()).isEqualTo(1);
        cell(session, cfo, "CONSULT").andExpect(status().isOk());

        mvc.perform(post("/decision-rights/" + areaId + "/lock").session(session).with(csrf()).param("version", version()));
        mvc.perform(post("/decision-rights/" + areaId + "/reopen").session(session).with(csrf())
                .param("version", version()).param("reason", "Partner tiers changed again."));
        assertThat(rights.row(areaId).reopenedThisQuarter()).isEqualTo(2);

        mvc.perform(get("/decision-rights").session(session))
                .andExpect(content().string(containsString("re-litigated 2× this quarter")));
        mvc.perform(get("/decision-rights/" + areaId).session(session))
                .andExpect(content().string(containsString("Reopened 2× in all")))
                .andExpect(content().string(containsString("Finance wants a say on partner margins.")))
                .andExpect(content().string(containsString("Partner tiers changed again.")));
    }

    @Test
    void aStaleCellEditIsRefusedNamingWhatTheOtherPersonChanged() throws Exception {
        String seen = version();
        MockHttpSession ceoSession = SignIn.demo(mvc, "ceo");
        MockHttpSession croSession = SignIn.demo(mvc, "cro");
        cell(ceoSession, cro, "DECIDE", "version", seen).andExpect(status().isOk());
        mvc.perform(post("/decision-rights/" + areaId + "/cells/" + cfo).header("HX-Request", "true").session(croSession)
                        .with(csrf()).param("role", "CONSULT").param("version", seen))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Maya Chen changed")))
                .andExpect(content().string(containsString("Decide: Daniel Okafor")));
        assertThat(rights.row(areaId).holding(RightRole.CONSULT)).isEmpty();
    }

    @Test
    void theDetailPageShowsWhoChangedWhichCellAndWhen() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        cell(cro, this.cro, "DECIDE").andExpect(status().isOk());
        cell(cro, cfo, "CONSULT").andExpect(status().isOk());
        cell(cro, cfo, "INFORM").andExpect(status().isOk());
        var page = rights.page(areaId, ceo);
        assertThat(page.history()).hasSizeGreaterThanOrEqualTo(4);
        var latest = page.history().get(0);
        assertThat(latest.author()).isEqualTo("Daniel Okafor");
        assertThat(latest.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Cell Tom Lindqvist");
            assertThat(c.from()).isEqualTo("Consult");
            assertThat(c.to()).isEqualTo("Inform");
        });
        assertThat(page.history().get(page.history().size() - 1).author()).isEqualTo("Maya Chen");
        mvc.perform(get("/decision-rights/" + areaId).session(cro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cell Tom Lindqvist")))
                .andExpect(content().string(containsString("Cell Daniel Okafor")));
    }

    @Test
    void onlyTheCeoTheCroAndAdministratorsEditTheMapOthersReadIt() throws Exception {
        for (String username : new String[] {"cmo", "cfo", "vpcs", "revops", "board"}) {
            MockHttpSession session = SignIn.demo(mvc, username);
            cell(session, cro, "DECIDE").andExpect(status().isForbidden());
            for (String action : new String[] {"agree", "lock", "reopen"}) {
                mvc.perform(post("/decision-rights/" + areaId + "/" + action).session(session).with(csrf())
                        .param("version", version()).param("reason", "because")).andExpect(status().isForbidden());
            }
            mvc.perform(post("/decision-rights").session(session).with(csrf()).param("name", "Sneaky area"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/decision-rights").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("raci-cell"))));
            mvc.perform(get("/decision-rights/" + areaId).session(session)).andExpect(status().isOk());
        }
        assertThatThrownBy(() -> rights.setCell(areaId, cro, RightRole.DECIDE, rights.row(areaId).version(), false,
                people.principalOf("board"))).isInstanceOf(AccessDeniedException.class);
        assertThat(rights.row(areaId).holding(RightRole.DECIDE)).isEmpty();
        mvc.perform(get("/decision-rights").session(SignIn.demo(mvc, "admin")))
                .andExpect(content().string(containsString("raci-cell")));
        cell(SignIn.demo(mvc, "admin"), cro, "DECIDE").andExpect(status().isOk());
    }

    @Test
    void editorsAddAndRenameAreasWithClearMessagesForBadNames() throws Exception {
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        String name = "Partner discounts " + System.nanoTime();
        mvc.perform(post("/decision-rights").session(admin).with(csrf()).param("name", name).param("description", "Resellers"))
                .andExpect(status().is3xxRedirection());
        assertThat(rights.map(ceo).areas()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo(name);
            assertThat(a.status()).isEqualTo(AreaStatus.DRAFT);
        });
        // A refused form comes back (422) with what was typed and the message beside its field.
        mvc.perform(post("/decision-rights").session(admin).with(csrf()).param("name", name.toUpperCase()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is already an area called")))
                .andExpect(content().string(containsString("value=\"" + name.toUpperCase() + "\"")));
        mvc.perform(post("/decision-rights/" + areaId).session(admin).with(csrf()).param("name", " ").param("version", version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Name the decision area")));
        mvc.perform(post("/decision-rights/" + areaId).session(admin).with(csrf()).param("name", "Renamed " + name)
                .param("description", "Partner and reseller discounts").param("version", version()));
        assertThat(rights.row(areaId).name()).isEqualTo("Renamed " + name);
        assertThat(rights.page(areaId, ceo).history().get(0).changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("Name"));
    }

    @Test
    void theDemoMapHasTwelveLockedAreasOneOfThemReopenedOnce() throws Exception {
        MapView map = rights.map(ceo);
        assertThat(map.areas()).extracting(AreaRow::name).contains("Pricing and discount approval", "Territory design",
                "Comp plan", "Renewal ownership model", "Expansion pipeline ownership", "At-risk escalation", "ICP changes",
                "Campaign budget", "Hiring plan", "The forecast call", "Packaging", "GTM charter changes");
        AreaRow forecast = map.areas().stream().filter(a -> a.name().equals("The forecast call")).findFirst().orElseThrow();
        assertThat(forecast.status()).isEqualTo(AreaStatus.LOCKED);
        assertThat(forecast.deciderName()).isEqualTo("Daniel Okafor");
        AreaRow renewals = map.areas().stream().filter(a -> a.name().equals("Renewal ownership model")).findFirst().orElseThrow();
        assertThat(renewals.reopenCount()).isEqualTo(1);
        assertThat(renewals.deciderName()).isEqualTo("Elena García");
        // The demo's six leaders are its columns; the board member and the administrator are not.
        // (Other tests add leaders of their own: which columns there are is the next test's subject.)
        assertThat(map.people()).extracting(PersonView::username)
                .contains("ceo", "cro", "cmo", "cfo", "vpcs", "revops").doesNotContain("board", "admin");
    }

    @Test
    void theMapHasAColumnForEveryActiveLeaderAndForNobodyElse() {
        PersonView newLeader = PersonFixture.add(people, "Nadia Leader", Role.CMO);
        PersonView boardOnly = PersonFixture.add(people, "Otto Board", Role.BOARD);
        PersonView leaver = PersonFixture.add(people, "Lena Leaver", Role.CFO);
        people.deactivate(leaver.id(), leaver.version(), ceo.personId());

        MapView map = rights.map(ceo);

        assertThat(map.people()).extracting(PersonView::id).contains(newLeader.id())
                .doesNotContain(boardOnly.id(), leaver.id());
        // Exactly the active people holding a leadership role, whoever the other tests added.
        Set<Role> leadership = EnumSet.of(Role.CEO, Role.CRO, Role.CMO, Role.CFO, Role.VP_CS, Role.REVOPS);
        assertThat(map.people()).extracting(PersonView::id).containsExactlyInAnyOrderElementsOf(people.everyone().stream()
                .filter(p -> p.active() && p.roles().stream().anyMatch(leadership::contains)).map(PersonView::id).toList());
    }

    private ResultActions cell(MockHttpSession session, long personId, String role, String... extra) throws Exception {
        var request = post("/decision-rights/" + areaId + "/cells/" + personId).header("HX-Request", "true")
                .session(session).with(csrf()).param("role", role);
        boolean versionGiven = false;
        for (int i = 0; i < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
            versionGiven |= extra[i].equals("version");
        }
        if (!versionGiven) {
            request.param("version", version());
        }
        return mvc.perform(request);
    }

    private String version() {
        return String.valueOf(rights.row(areaId).version());
    }
}
