package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.cadence.api.ApiScope;
import dev.cadence.api.ApiTokenService;
import dev.cadence.company.CompanyService;
import dev.cadence.drivers.DriverService;
import dev.cadence.drivers.DriverUnit;
import dev.cadence.drivers.NodeInput;
import dev.cadence.drivers.NodeKind;
import dev.cadence.web.TypedNumber;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.nrr.AccountSpec;
import dev.cadence.nrr.AtRiskService;
import dev.cadence.nrr.Escalation;
import dev.cadence.nrr.Risk;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.SectionKind;
import dev.cadence.meetings.TemplateSectionSpec;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.GlossaryService;
import dev.cadence.scorecard.GovernanceStatus;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricFixture;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.TermSpec;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SignIn;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Every route the application maps, every field it reads — path variables, query and form parameters,
 * form objects' properties, JSON bodies' fields, headers, CSV columns — filled one at a time with
 * malformed values (control characters, NUL, huge and tiny numbers, NaN, bad periods and dates, unknown
 * keys and ids, overlong text), the others left valid, signed in as someone allowed to use the route
 * (with a CSRF token) on things of the test's own. Any 5xx, or an exception escaping the application,
 * fails it: a malformed input is answered by a clear 4xx (or taken as the text it is), never a 500.
 */
@CadenceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputSweepIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Text no one should be able to store (or that PostgreSQL refuses), text at the edges, keys and periods that name nothing. */
    private static final List<String> TEXT = List.of("\u0000", "before\u0000after", "bell\u0007", "x".repeat(5_000), "",
            "\uD800", "2026-W99", "no-such-key", "987654321", "%", "{x}", "1e309");
    /** What numbers and ids people should not get away with. */
    private static final List<String> NUMBERS = List.of("1e15", "123456789012345678901234567890", "1e309", "1e-30", "NaN", "12%",
            "-1", "0", "9223372036854775808", "abc", "\u0000", "");
    private static final List<String> DATES = List.of("2026-02-30", "+999999999-12-31", "-999999999-01-01", "abc", "\u0000", "");
    /** JSON literals for a body's field. */
    private static final List<String> JSON_VALUES = List.of("\"\\u0000\"", "\"a\\u0007b\"", "\"" + "x".repeat(5_000) + "\"",
            "\"\"", "1e309", "1e-30", "123456789012345678901234567890", "9223372036854775808", "-1", "\"NaN\"", "\"1,5\"",
            "true", "{}", "[]", "null", "\"NOPE\"");
    /** Whole bodies that are not the JSON asked for. */
    private static final List<String> JSON_BODIES = List.of("{", "[]", "\"text\"", "null", "", "\u0000");
    private static final List<String> HEADERS = List.of("\"abc\"", "W/\"x\"", "\"99999999999999999999\"", "*", "\u0000", "");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PersonService people;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    GlossaryService glossary;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    DecisionService decisions;
    @Autowired
    MeetingSeriesService series;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;
    @Autowired
    DriverService drivers;
    @Autowired
    AtRiskService nrrAccounts;
    @Autowired
    dev.cadence.experiments.ExperimentService experiments;

    /** The NRR routes work on a quarter of the sweep's own, long past, and on an at-risk account renewing in it. */
    private static final String NRR_QUARTER = "FY1901-Q1";

    private final Map<String, String> ids = new LinkedHashMap<>();
    private long sweeperId;
    private MockHttpSession session;
    private String bearer;
    private String lastWeek;
    private String metricKey;
    private String termKey;

    /** The demo has one active administrator, and tests of the last-administrator rule rely on it: the sweep's goes. */
    @AfterAll
    void noSecondAdministratorOutlivesTheSweep() {
        people.deactivate(sweeperId, people.get(sweeperId).version(), people.principalOf("admin").personId());
    }

    /** What the sweep works on: its own person, metric, term, area, decision, meeting, token; nothing of the demo's. */
    @BeforeAll
    void thingsOfItsOwn() throws Exception {
        int n = SEQUENCE.incrementAndGet();
        PersonView sweeper = PersonFixture.add(people, "Sweep Tester", Role.ADMIN, Role.REVOPS);
        sweeperId = sweeper.id();
        PersonView other = PersonFixture.add(people, "Sweep Colleague", Role.CMO);
        CadenceUser me = people.principalOf(sweeper.username());
        CadenceUser colleague = people.principalOf(other.username());
        ids.put("me", String.valueOf(sweeper.id()));
        ids.put("person", String.valueOf(other.id()));
        lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous().key();
        AsPerson.run(me, () -> {
            MetricView metric = MetricFixture.metric(definitions, people).key("sweep").unit(MetricUnit.CURRENCY).segmented()
                    .ownedBy(sweeper.id()).create();
            metricKey = metric.key();
            termKey = glossary.create("sweep-term-" + n + "-" + System.nanoTime() % 100_000,
                    new TermSpec("Sweep term", "A term the sweep works on", null), GovernanceStatus.APPROVED, me).key();
            ids.put("metricProposal", String.valueOf(definitions.propose(metricKey, MetricFixture.metric(definitions, people)
                    .named("Renamed by the sweep").spec(), "Because", colleague).id()));
            ids.put("termProposal", String.valueOf(glossary.propose(termKey, new TermSpec("Sweep term", "Redefined", null),
                    "Because", colleague).id()));
            long area = rights.createArea("Sweep area " + n + "-" + System.nanoTime(), null, me).id();
            ids.put("area", String.valueOf(area));
            ids.put("decision", String.valueOf(decisions.record(new DecisionDraft("Sweep decision", null, null, null,
                    "We decided", "Because", other.id(), area, LocalDate.now(clock), null, null, "Message", "The sweep decides"),
                    me).id()));
            long seriesId = series.createSeries("Sweep 1:1 " + n + "-" + System.nanoTime(), MeetingKind.ONE_ON_ONE,
                    DayOfWeek.TUESDAY, LocalTime.of(9, 0), ZoneId.of("America/New_York"), 60, Set.of(sweeper.id(), other.id()),
                    List.of(new TemplateSectionSpec(SectionKind.CHANGES, "What changed", null, 10),
                            new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3 priorities", null, 10),
                            new TemplateSectionSpec(SectionKind.DISCUSSION, "Blockers", null, 15),
                            new TemplateSectionSpec(SectionKind.MESSAGE, "Message alignment", null, 10))).id();
            ids.put("series", String.valueOf(seriesId));
            ids.put("templateSection", String.valueOf(series.series(seriesId, me).sections().get(2).id()));
            long meeting = series.ensureNextMeeting(seriesId, me).id();
            ids.put("meeting", String.valueOf(meeting));
            long section = meetings.page(meeting, me).sections().get(2).id();
            ids.put("section", String.valueOf(section));
            ids.put("item", String.valueOf(commands.addItem(meeting, section, "A point of the sweep's", false, me).id()));
            ids.put("action", String.valueOf(actionItems.addActionItem(meeting, "Something to do", sweeper.id(),
                    LocalDate.now(clock).plusDays(7), me).id()));
            ids.put("nrrAccount", String.valueOf(nrrAccounts.add(new AccountSpec("Sweep account " + n + "-" + System.nanoTime(),
                    BigDecimal.valueOf(120_000), LocalDate.of(1900, 3, 15), Risk.MEDIUM, "Swept", null, sweeper.id(),
                    Escalation.NONE), me).id()));
            long tree = drivers.createTree("Sweep tree " + n + "-" + System.nanoTime(), null, "ending_arr", "Ending ARR", DriverUnit.MONEY,
                    new TypedNumber(new BigDecimal("1000000")), LocalDate.now(clock).plusYears(1), me);
            drivers.saveNode(tree, null, new NodeInput("win_rate", "Win rate", NodeKind.LEVER, DriverUnit.PERCENT, null, sweeper.id(), null,
                    null, null, new TypedNumber(new BigDecimal("25")), new TypedNumber(BigDecimal.ONE), null, null), null, me);
            ids.put("tree", String.valueOf(tree));
            ids.put("scenario", String.valueOf(drivers.saveScenario(tree, "Sweep scenario", Map.of("win_rate", "30"), me)));
            LocalDate today = LocalDate.now(clock);
            ids.put("experiment", String.valueOf(experiments.create(new dev.cadence.experiments.ExperimentInput("Sweep experiment",
                    "We believe the sweep finds nothing.", "metric:" + metricKey, metricKey, "None", dev.cadence.experiments.Bound.AT_LEAST,
                    new TypedNumber(new BigDecimal("12")), null, 1, dev.cadence.experiments.Measure.AVERAGE, sweeper.id(), area, today,
                    today.plusDays(13), List.of()), me).id()));
            bearer = "Bearer " + tokens.create("Sweep token", ApiScope.READ_WRITE, me).value();
            ids.put("token", String.valueOf(tokens.create("Sweep token to revoke", ApiScope.READ, me).token().id()));
        });
        session = SignIn.as(mvc, sweeper.username(), PersonFixture.PASSWORD);
    }

    // ---- the sweep ----

    enum Kind { PATH, PARAM, FORM, HEADER, JSON, JSON_BODY, CSV, FILE }

    record Field(Kind kind, String name, Class<?> type) {
        @Override
        public String toString() {
            return kind.name().toLowerCase() + " " + name;
        }
    }

    record Route(HttpMethod method, String pattern, HandlerMethod handler, List<Field> fields) {
        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    record Case(Route route, Field field) {
        @Override
        public String toString() {
            return route.method() + " " + route.pattern() + " · " + field;
        }
    }

    Stream<Case> cases() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("dev.cadence")) {
                continue;
            }
            Set<String> patterns = e.getKey().getPatternValues();
            Set<HttpMethod> methods = e.getKey().getMethodsCondition().getMethods().stream()
                    .map(m -> HttpMethod.valueOf(m.name())).collect(Collectors.toSet());
            if (methods.isEmpty()) {
                methods = Set.of(HttpMethod.GET, HttpMethod.POST);
            }
            for (String pattern : patterns) {
                for (HttpMethod method : methods) {
                    routes.add(new Route(method, pattern, handler, fields(handler, pattern)));
                }
            }
        }
        assertThat(routes).as("the routes found").hasSizeGreaterThan(60);
        // What ends things (closing, deleting, revoking, deactivating) runs last, so the rest still has them to work on.
        routes.sort(Comparator.comparing((Route r) -> ending(r.pattern())).thenComparing(Route::pattern)
                .thenComparing(r -> r.method().name()));
        return routes.stream().flatMap(r -> r.fields().stream().filter(f -> f.kind() != Kind.FILE).map(f -> new Case(r, f)));
    }

    private static boolean ending(String pattern) {
        return Pattern.compile("close|delete|revoke|deactivate|reactivate|reset-password|move-next|lock|agree|reopen|status|decision:")
                .matcher(pattern).find();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMalformedValueIsAnsweredWithoutA5xx(Case c) {
        List<String> failures = new ArrayList<>();
        for (String value : malformed(c.field())) {
            Map<Field, String> values = new LinkedHashMap<>();
            for (Field f : c.route().fields()) {
                if (f.kind() == Kind.FILE && c.field().kind() != Kind.CSV
                        || f.kind() == Kind.PARAM && f.name().equals("csv") && c.field().kind() == Kind.CSV) {
                    continue; // a swept CSV column is sent as the file (or as the pasted text); otherwise the pasted text is read
                }
                String valid = f.equals(c.field()) ? value : valid(c.route(), f);
                if (valid != null) {
                    values.put(f, valid);
                }
            }
            String outcome = send(c.route(), values);
            if (outcome != null) {
                failures.add(shown(value) + " → " + outcome);
            }
        }
        assertThat(failures).as(c + " answered a 5xx").isEmpty();
    }

    /** The answer when it is a failure (a 5xx, or an exception thrown through MockMvc), else null. */
    private String send(Route route, Map<Field, String> values) {
        try {
            MvcResult result = mvc.perform(request(route, values)).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                Exception resolved = result.getResolvedException();
                return status + (resolved == null ? "" : " (" + resolved + ")");
            }
            return null;
        } catch (Exception escaped) {
            Throwable root = escaped;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return "exception " + escaped.getClass().getSimpleName() + ": " + shown(String.valueOf(root));
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Route route, Map<Field, String> values) {
        String path = route.pattern();
        Matcher variable = Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(path);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = values.entrySet().stream().filter(e -> e.getKey().kind() == Kind.PATH && e.getKey().name().equals(name))
                    .map(Map.Entry::getValue).findFirst().orElse("x");
            variable.appendReplacement(expanded, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
        }
        variable.appendTail(expanded);
        URI uri = URI.create(expanded.toString());
        boolean hasFile = values.keySet().stream().anyMatch(f -> f.kind() == Kind.FILE);
        AbstractMockHttpServletRequestBuilder<?> request;
        if (hasFile) {
            var multipart = MockMvcRequestBuilders.multipart(uri);
            String csv = csv(values);
            multipart.file(new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            request = multipart;
        } else {
            request = MockMvcRequestBuilders.request(route.method(), uri);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        String jsonBody = null;
        for (Map.Entry<Field, String> e : values.entrySet()) {
            Field f = e.getKey();
            switch (f.kind()) {
                case PARAM, FORM -> request.param(f.name(), e.getValue());
                case HEADER -> request.header(f.name(), e.getValue());
                case JSON -> json.put(f.name(), new RawJson(e.getValue()));
                case JSON_BODY -> jsonBody = e.getValue();
                default -> { }
            }
        }
        boolean csvParam = route.fields().stream().anyMatch(f -> f.kind() == Kind.PARAM && f.name().equals("csv"));
        if (values.keySet().stream().anyMatch(f -> f.kind() == Kind.CSV) && !hasFile) {
            if (csvParam) {
                request.param("csv", csv(values));
            } else {
                request.contentType("text/csv").content(csv(values));
            }
        } else if (jsonBody != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(jsonBody);
        } else if (!json.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(toJson(json));
        }
        if (route.handler().hasMethodAnnotation(HxRequest.class)) {
            request.header("HX-Request", "true");
        }
        if (route.api()) {
            request.header("Authorization", bearer);
        } else {
            request.session(session).with(csrf());
        }
        return request;
    }

    /** A JSON value written as it is (a literal of the sweep's). */
    private record RawJson(String literal) {
    }

    private static String toJson(Map<String, Object> object) {
        return object.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + write(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String write(Object value) {
        return value instanceof RawJson raw ? raw.literal() : String.valueOf(value);
    }

    // ---- what a route reads ----

    private List<Field> fields(HandlerMethod handler, String pattern) {
        List<Field> fields = new ArrayList<>();
        Matcher variable = Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(pattern);
        while (variable.find()) {
            fields.add(new Field(Kind.PATH, variable.group(1), String.class));
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            if (p.hasParameterAnnotation(RequestParam.class)) {
                RequestParam a = p.getParameterAnnotation(RequestParam.class);
                String name = !a.name().isEmpty() ? a.name() : !a.value().isEmpty() ? a.value() : p.getParameterName();
                if (MultipartFile.class.isAssignableFrom(type)) {
                    fields.add(new Field(Kind.FILE, name, type));
                    csvColumns(fields);
                } else {
                    fields.add(new Field(Kind.PARAM, name, type));
                    if (name.equals("csv")) {
                        csvColumns(fields);
                    }
                }
            } else if (p.hasParameterAnnotation(RequestHeader.class)) {
                RequestHeader a = p.getParameterAnnotation(RequestHeader.class);
                fields.add(new Field(Kind.HEADER, !a.name().isEmpty() ? a.name() : a.value(), type));
            } else if (p.hasParameterAnnotation(RequestBody.class)) {
                if (type == String.class) {
                    csvColumns(fields);
                } else {
                    fields.add(new Field(Kind.JSON_BODY, "body", type));
                    if (type.isRecord()) {
                        for (RecordComponent c : type.getRecordComponents()) {
                            fields.add(new Field(Kind.JSON, c.getName(), c.getType()));
                        }
                    }
                }
            } else if (p.hasParameterAnnotation(ModelAttribute.class)) {
                for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
                    if (d.getWriteMethod() != null) {
                        fields.add(new Field(Kind.FORM, d.getName(), d.getPropertyType()));
                    }
                }
            }
        }
        return fields.stream().distinct().toList();
    }

    private static void csvColumns(List<Field> fields) {
        for (String column : List.of("metric_key", "period", "segment", "value", "narrative")) {
            fields.add(new Field(Kind.CSV, column, String.class));
        }
    }

    private String csv(Map<Field, String> values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : List.of("metric_key", "period", "segment", "value", "narrative")) {
            row.put(column, values.entrySet().stream().filter(e -> e.getKey().kind() == Kind.CSV && e.getKey().name().equals(column))
                    .map(Map.Entry::getValue).findFirst().orElse(""));
        }
        return String.join(",", row.keySet()) + "\r\n"
                + row.values().stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\r\n";
    }

    // ---- values ----

    private List<String> malformed(Field field) {
        if (field.kind() == Kind.JSON && List.class.isAssignableFrom(field.type())) {
            // a list of objects ({"assignments": [{"personId": 2, "role": "DECIDE"}]}): the list, and each field of its element
            return Stream.of(JSON_VALUES.stream(),
                    JSON_VALUES.stream().map(v -> "[" + v + "]"),
                    JSON_VALUES.stream().map(v -> "[{\"personId\":" + v + ",\"role\":\"DECIDE\"}]"),
                    JSON_VALUES.stream().map(v -> "[{\"personId\":" + ids.get("person") + ",\"role\":" + v + "}]"))
                    .flatMap(s -> s).toList();
        }
        if (field.kind() == Kind.JSON) {
            return JSON_VALUES;
        }
        if (field.kind() == Kind.JSON_BODY) {
            return JSON_BODIES;
        }
        if (field.kind() == Kind.FILE) {
            return List.of();
        }
        if (field.kind() == Kind.HEADER) {
            return HEADERS;
        }
        Class<?> type = field.type();
        if (type == boolean.class || type == Boolean.class) {
            return List.of("maybe", "\u0000", "");
        }
        if (type.isEnum() || Collection.class.isAssignableFrom(type)) {
            return List.of("NOPE", "\u0000", "", "-1");
        }
        if (type == LocalDate.class) {
            return DATES;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type.getSimpleName().equals("TypedNumber")) {
            return NUMBERS;
        }
        return TEXT;
    }

    private static String shown(String value) {
        String escaped = value.chars().mapToObj(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(Collectors.joining());
        return escaped.length() > 240 ? escaped.substring(0, 200) + "…(" + escaped.length() + " chars)" : escaped;
    }

    /** A valid value for every field but the one being swept, or null to leave it out. */
    private String valid(Route route, Field field) {
        String p = route.pattern();
        String name = field.name();
        switch (field.kind()) {
            case PATH:
                return switch (name) {
                    case "key" -> p.startsWith("/glossary") ? termKey : p.contains("/drivers") ? "win_rate" : metricKey;
                    case "scenarioId" -> ids.get("scenario");
                    case "period" -> lastWeek;
                    case "sectionId" -> p.startsWith("/meetings/series") ? ids.get("templateSection") : ids.get("section");
                    case "itemId" -> ids.get("item");
                    case "actionId" -> ids.get("action");
                    case "personId" -> ids.get("person");
                    case "decision" -> "reject";
                    case "quarter" -> NRR_QUARTER;
                    case "component" -> "churn";
                    case "id" -> idFor(p);
                    default -> "x";
                };
            case HEADER:
                return null;
            case JSON_BODY:
                return null;
            case FILE:
                return "";
            case JSON:
                return validJson(name, field.type());
            case CSV:
                return switch (name) {
                    case "metric_key" -> metricKey;
                    case "period" -> lastWeek;
                    case "value" -> "12";
                    case "narrative" -> "Swept";
                    default -> "";
                };
            default:
                return validParam(route, name, field.type());
        }
    }

    private String idFor(String pattern) {
        if (pattern.contains("/drivers")) {
            return ids.get("tree");
        }
        if (pattern.startsWith("/meetings/series")) {
            return ids.get("series");
        }
        if (pattern.contains("/meetings")) {
            return ids.get("meeting");
        }
        if (pattern.contains("/experiments")) {
            return ids.get("experiment");
        }
        if (pattern.contains("/decision-rights")) {
            return ids.get("area");
        }
        if (pattern.contains("/decisions")) {
            return ids.get("decision");
        }
        if (pattern.startsWith("/nrr/accounts")) {
            return ids.get("nrrAccount");
        }
        if (pattern.startsWith("/admin/people")) {
            return ids.get("person");
        }
        if (pattern.startsWith("/settings/api-tokens")) {
            return ids.get("token");
        }
        if (pattern.startsWith("/metrics/proposals")) {
            return ids.get("metricProposal");
        }
        if (pattern.startsWith("/glossary/proposals")) {
            return ids.get("termProposal");
        }
        return "1";
    }

    private String validParam(Route route, String name, Class<?> type) {
        return switch (name) {
            case "key" -> route.pattern().startsWith("/glossary") ? "sweep-new-term-" + SEQUENCE.get() : "sweep-new-metric-" + SEQUENCE.get();
            case "metric" -> metricKey;
            case "term" -> termKey;
            case "version", "rev" -> "0";
            case "ownerId" -> ids.get("me");
            case "deciderId" -> ids.get("person");
            case "areaId", "area" -> ids.get("area");
            case "sectionId" -> ids.get("section");
            case "person" -> ids.get("person");
            case "meeting" -> ids.get("meeting");
            case "series" -> ids.get("series");
            case "supersedes" -> null;
            case "lever" -> "metric:" + metricKey;
            case "primaryMetricKey" -> metricKey;
            case "threshold" -> "12";
            case "windowPeriods" -> "1";
            case "bound" -> "AT_LEAST";
            case "measure" -> "AVERAGE";
            case "resolution" -> "ITERATE";
            case "plannedStart" -> LocalDate.now(clock).toString();
            case "plannedEnd" -> LocalDate.now(clock).plusDays(13).toString();
            case "quarter" -> NRR_QUARTER;
            case "renewalDate" -> "1900-03-20";
            case "arr", "amount", "startingArr", "renewalsDue", "churn", "contraction", "expansion" -> "120k";
            case "risk" -> "HIGH";
            case "escalation" -> "NONE";
            case "outcome" -> "SAVED";
            case "account" -> "Sweep account new " + SEQUENCE.get();
            case "effectiveFrom", "from", "to" -> type == LocalDate.class ? LocalDate.now(clock).toString() : lastWeek;
            case "dueOn", "decidedOn" -> LocalDate.now(clock).plusDays(7).toString();
            case "email" -> "sweep-" + SEQUENCE.get() + "@brightline.example";
            case "value", "target", "atRiskBandPercent" -> "12";
            case "displayOrder", "minutes" -> "15";
            case "role" -> "CONSULT";
            case "roles" -> "CMO";
            case "unit" -> "CURRENCY";
            case "direction" -> "HIGHER_IS_BETTER";
            case "cadence" -> "WEEKLY";
            case "indicator" -> "LEADING";
            case "scope" -> "READ";
            case "status" -> null;
            case "segment", "q", "username", "paper", "back", "intent", "edit", "comment", "file" -> null;
            case "csv" -> "metric_key,period,value\r\n" + metricKey + "," + lastWeek + ",12\r\n";
            case "currentPassword" -> "not-the-password";
            case "newPassword", "confirmation" -> "a new sweep passphrase";
            default -> type == String.class ? "Swept text" : type == boolean.class ? "false" : null;
        };
    }

    private String validJson(String name, Class<?> type) {
        return switch (name) {
            case "value" -> "12";
            case "atRiskBandPercent" -> "10";
            case "displayOrder" -> "900";
            case "ownerId" -> ids.get("me");
            case "unit" -> "\"CURRENCY\"";
            case "direction" -> "\"HIGHER_IS_BETTER\"";
            case "cadence" -> "\"WEEKLY\"";
            case "indicator" -> "\"LEADING\"";
            case "segmented" -> "true";
            case "assignments" -> "[{\"personId\":" + ids.get("person") + ",\"role\":\"DECIDE\"}]";
            default -> type == String.class ? "\"Swept text\"" : type == BigDecimal.class ? "1" : null;
        };
    }
}
