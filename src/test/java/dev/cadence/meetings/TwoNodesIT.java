package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.CadenceApplication;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonDetails;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.TestDatabase;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Cadence nodes on one database, as behind a load balancer without sticky sessions, spoken to
 * over real HTTP like a browser (a cookie jar, the sign-in form, CSRF tokens, htmx headers): whoever
 * signs in on one node keeps working on the other, the live meeting page shows each participant's
 * edits whichever node made them and whichever node is polled, ending a person's access on one node
 * ends their session on the other, and a node restarted signs no one out.
 */
class TwoNodesIT {

    private static final String PASSWORD = "two-nodes-password";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern REVISION = Pattern.compile("/live\\?rev=(-?\\d+)");

    private final Map<String, ConfigurableApplicationContext> nodes = new LinkedHashMap<>();

    @AfterEach
    void stopNodes() {
        nodes.values().forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesShareSessionsAndLiveMeetingsAndARestartSignsNoOneOut() throws Exception {
        String database = TestDatabase.get().createEmptyDatabase();
        Node a = start("a", database);
        Node b = start("b", database);

        PersonService people = a.bean(PersonService.class);
        PersonView maya = person(people, "Maya Node", "maya.node", Role.CEO);
        PersonView daniel = person(people, "Daniel Node", "daniel.node", Role.CRO);
        PersonView lee = person(people, "Lee Node", "lee.node", Role.VP_CS);
        MeetingFixture fixture = new MeetingFixture(a.bean(MeetingSeriesService.class), a.bean(MeetingQueryService.class),
                a.bean(MeetingCommandService.class), people.principalOf(maya.username()), people.principalOf(daniel.username()));
        long meeting = fixture.nextMeeting();
        long blockers = fixture.section(meeting, 3);
        String meetingPage = "/meetings/" + meeting;

        // Maya signs in on node A and goes on working on node B: her page, then a talking point saved there.
        Browser mayas = new Browser();
        mayas.signIn(a, maya.username());
        String onB = mayas.get(b, meetingPage).body();
        assertThat(onB).contains("Maya Node");
        long revision = revisionOf(onB);
        HttpResponse<String> added = mayas.htmxPost(b, meetingPage + "/items", csrfOf(onB),
                Map.of("sectionId", String.valueOf(blockers), "text", "Point from Maya, saved on node B"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Point from Maya, saved on node B");

        // Daniel signs in on node B and adds his point on node A.
        Browser daniels = new Browser();
        daniels.signIn(b, daniel.username());
        String onA = daniels.get(a, meetingPage).body();
        assertThat(daniels.htmxPost(a, meetingPage + "/items", csrfOf(onA),
                Map.of("sectionId", String.valueOf(blockers), "text", "Point from Daniel, saved on node A")).statusCode())
                .isEqualTo(200);

        // Both pages, polling either node, get both points.
        for (Browser browser : new Browser[] {mayas, daniels}) {
            for (Node node : new Node[] {a, b}) {
                HttpResponse<String> live = browser.htmxGet(node, meetingPage + "/live?rev=" + revision);
                assertThat(live.statusCode()).as("live poll on node " + node.name).isEqualTo(200);
                assertThat(live.body()).as("live poll on node " + node.name)
                        .contains("Point from Maya, saved on node B", "Point from Daniel, saved on node A");
            }
        }

        // Lee signs in on node B; an administrator deactivates him on node A: his session ends on B too.
        Browser lees = new Browser();
        lees.signIn(b, lee.username());
        assertThat(lees.get(b, "/").statusCode()).isEqualTo(200);
        CadenceUser admin = people.principalOf("ops@two-nodes.example");
        people.deactivate(lee.id(), people.get(lee.id()).version(), admin.personId());
        assertThat(lees.get(b, "/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));

        // Node A restarts (a deploy): Maya's session, signed in there, still works, on the new A and on B.
        a.stop();
        Node restarted = start("a-restarted", database);
        HttpResponse<String> afterRestart = mayas.get(restarted, meetingPage);
        assertThat(afterRestart.statusCode()).as("still signed in after the restart").isEqualTo(200);
        assertThat(afterRestart.body()).contains("Point from Daniel, saved on node A");
        assertThat(mayas.htmxPost(restarted, meetingPage + "/items", csrfOf(afterRestart.body()),
                Map.of("sectionId", String.valueOf(blockers), "text", "After the restart")).statusCode()).isEqualTo(200);
        assertThat(daniels.htmxGet(b, meetingPage + "/live?rev=" + revision).body()).contains("After the restart");
    }

    private static PersonView person(PersonService people, String name, String username, Role role) {
        return people.addIfAbsent(new PersonDetails(name, username + "@two-nodes.example", username, null),
                EnumSet.of(role), PASSWORD);
    }

    private static long revisionOf(String page) {
        Matcher m = REVISION.matcher(page);
        assertThat(m.find()).as("the page polls its live revision").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF_META.matcher(page);
        assertThat(m.find()).as("the page carries its CSRF token").isTrue();
        return m.group(1);
    }

    /** One application instance on the shared database, in production mode (plain HTTP for the test). */
    private Node start(String name, String database) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CadenceApplication.class).profiles("prod").run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.get().username(),
                "--spring.datasource.password=" + TestDatabase.get().password(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--server.port=0",
                "--cadence.database.locate=false",
                "--server.servlet.session.cookie.secure=false",
                "--cadence.admin.email=ops@two-nodes.example",
                "--cadence.admin.password=correct-horse-battery");
        nodes.put(name, context);
        return new Node(name, context);
    }

    private final class Node {
        final String name;
        final ConfigurableApplicationContext context;
        final int port;

        Node(String name, ConfigurableApplicationContext context) {
            this.name = name;
            this.context = context;
            this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        void stop() {
            nodes.remove(name).close();
        }
    }

    /** A browser's view of HTTP: one cookie jar for every node (cookies go by host, not port), no redirects followed. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        void signIn(Node node, String username) throws Exception {
            Matcher csrf = CSRF_FIELD.matcher(get(node, "/login").body());
            assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(node.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form(Map.of("username", username, "password", PASSWORD, "_csrf", csrf.group(1)))));
            assertThat(signedIn.headers().firstValue("Location")).as(username + " signs in on node " + node.name)
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        }

        HttpResponse<String> get(Node node, String path) throws Exception {
            return send(HttpRequest.newBuilder(node.uri(path)).GET());
        }

        HttpResponse<String> htmxGet(Node node, String path) throws Exception {
            return send(HttpRequest.newBuilder(node.uri(path)).header("HX-Request", "true").GET());
        }

        HttpResponse<String> htmxPost(Node node, String path, String csrfToken, Map<String, String> fields) throws Exception {
            return send(HttpRequest.newBuilder(node.uri(path))
                    .header("HX-Request", "true")
                    .header("X-CSRF-TOKEN", csrfToken)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form(fields)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
            return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")));
        }
    }
}
