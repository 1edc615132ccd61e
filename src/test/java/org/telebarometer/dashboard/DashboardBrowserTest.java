package org.telebarometer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telebarometer.support.BrowserSession;
import org.telebarometer.support.BrowserTests;
import org.telebarometer.support.Csv;
import org.telebarometer.support.GraphQL;

/**
 * The dashboard in a real headless Chromium: what a user picks, sees, hovers and downloads, checked against the
 * GraphQL API and the seed document's figures.
 */
@QuarkusTest
@BrowserTests
class DashboardBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CNAM_WEEK_13 = """
            { observations(filter: {series: ["TELECONSULTATIONS.ALL.FR"], publication: ["cnam-2020-03-31"],
                                    from: "2020-03-23", to: "2020-03-29", qualifier: [EXACT]}) { nodes { id } } }""";

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private DashboardPage open(String path, int width, int height) {
        Page page = BROWSER.page(width, height, "en-GB");
        return new DashboardPage(page).open(root() + path);
    }

    static String root() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void showsTheFiguresOfTheMetricAndSpecialtyPicked() {
        DashboardPage dashboard = open("/", 1280, 900)
                .pickMetric("PRACTITIONER_SHARE")
                .pickOnlySpecialty("GENERAL_PRACTICE");

        int expected = GraphQL.data("""
                { observations(filter: {metric: ["PRACTITIONER_SHARE"], specialty: ["GENERAL_PRACTICE"]}) {
                    totalCount } }""").getInt("observations.totalCount");
        assertThat(expected).isGreaterThanOrEqualTo(2);
        assertThat(dashboard.tableIds()).hasSize(expected);
        assertThat(dashboard.chartPoints()).isEqualTo(expected);
        assertThat(dashboard.page().locator("#observations tbody").innerText()).contains("44 %", "11 %");
        assertThat(dashboard.page().url()).contains("metric=PRACTITIONER_SHARE").contains("specialty=GENERAL_PRACTICE");
    }

    @Test
    void offersTheMetricsOf2021To2025InTheirUnitsAndStillOpensOnTheWeeklyStory() {
        DashboardPage dashboard = open("/", 1280, 900);

        assertThat(dashboard.page().locator("#metric").inputValue()).isEqualTo("TELECONSULTATIONS");
        assertThat(dashboard.page().locator("#metric option").all()).extracting(option -> option.getAttribute("value"))
                .contains("TELECONSULTATIONS_GROWTH", "TELECONSULTATIONS_REIMBURSED_EUR",
                        "PROVIDER_SHARE_OF_TELECONSULTATIONS", "POPULATION_USE_SHARE", "SICK_LEAVE_SHARE");
        dashboard.pickMetric("TELECONSULTATIONS_GROWTH").pickOnlySpecialty("ALL");
        assertThat(dashboard.page().locator("#observations tbody").innerText()).contains("32 % change", "18.7 % change");
        dashboard.pickMetric("TELECONSULTATIONS_REIMBURSED_EUR").pickOnlySpecialty("ALL");
        assertThat(dashboard.page().locator("#observations tbody").innerText()).contains("419,700,000 €");
    }

    @Test
    void offersThePartTwoMetricsInTheirUnitsAndTheProfessionsOtherThanPhysicians() {
        DashboardPage dashboard = open("/", 1280, 900);

        assertThat(dashboard.page().locator("#metric option").all()).extracting(option -> option.getAttribute("value"))
                .contains("TELESOIN", "TELESOIN_TOTAL", "PATIENTS_TOTAL", "SICK_LEAVE_MEAN_DURATION_DAYS",
                        "SICK_LEAVE_COST_EUR");
        dashboard.pickMetric("TELESOIN").pickOnlySpecialty("NURSING");
        assertThat(dashboard.page().locator("#specialties legend").innerText()).contains("professions");
        assertThat(dashboard.page().locator("#observations tbody").innerText())
                .contains("≈ 1,500", "3,800", "6,000 – 7,000");
        dashboard.screenshot(SCREENSHOTS.resolve("dashboard-telesoin.png"), false);
        dashboard.pickMetric("SICK_LEAVE_MEAN_DURATION_DAYS").pickOnlySpecialty("ALL");
        assertThat(dashboard.page().locator("#observations tbody").innerText()).contains("18 days");
        dashboard.pickMetric("SICK_LEAVE_COST_EUR").pickOnlySpecialty("NON_TREATING_PHYSICIANS");
        assertThat(dashboard.page().locator("#observations tbody").innerText()).contains("≈ 100,000,000 €");
    }

    @Test
    void showsTheFiguresAboutTheGroupOfPeoplePicked() {
        DashboardPage dashboard = open("/?metric=POPULATION_USE_SHARE&specialty=ALL", 1280, 900);
        int everyGroup = dashboard.tableIds().size();

        assertThat(dashboard.page().locator("#population option").allInnerTexts())
                .contains("Everyone and every group", "Everyone (no group)", "People aged 18 to 29");
        dashboard.pick("#population", "AGED_18_29");

        assertThat(dashboard.tableIds()).hasSize(1).hasSizeLessThan(everyGroup);
        assertThat(dashboard.page().locator("#observations tbody").innerText()).contains("23 %");
        assertThat(dashboard.page().url()).contains("population=AGED_18_29");
        assertThat(dashboard.page().locator("#csv").getAttribute("href")).contains("population=AGED_18_29");
    }

    @Test
    void showsTheWeekOfMarch23WithItsValueSourceAndQuote() {
        DashboardPage dashboard = open("/", 1280, 900)
                .pickMetric("TELECONSULTATIONS")
                .pickOnlySpecialty("ALL")
                .dates("2020-03-01", "2020-05-31");
        String week13 = GraphQL.data(CNAM_WEEK_13).getString("observations.nodes[0].id");

        JsonPath api = GraphQL.data("""
                { observations(filter: {metric: ["TELECONSULTATIONS"], specialty: ["ALL"], from: "2020-03-01",
                                        to: "2020-05-31"}, first: 500) { nodes { id } } }""");
        assertThat(dashboard.tableIds()).containsExactlyElementsOf(api.getList("observations.nodes.id"));
        assertThat(dashboard.chartPoints()).isEqualTo(dashboard.tableIds().size());
        assertThat(dashboard.row(week13).innerText()).contains("486,369", "exact", "2020-W13");

        String tooltip = dashboard.hover(week13);
        assertThat(tooltip).contains("486,369", "2020-W13", "Assurance Maladie", "486 369 téléconsultations");
        assertThat(dashboard.page().locator("#chart .tip a").all()).extracting(link -> link.getAttribute("href"))
                .contains("/publications.html#cnam-2020-03-31");

        dashboard.screenshot(SCREENSHOTS.resolve("dashboard-tooltip.png"), false);
    }

    @Test
    void downloadsExactlyTheRowsShownInTheirOrder() throws IOException {
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL,GENERAL_PRACTICE", 1280, 900);

        List<Map<String, String>> csv = Csv.rows(dashboard.downloadCsv());
        assertThat(csv).extracting(row -> row.get("observation_id")).containsExactlyElementsOf(dashboard.tableIds());
        assertThat(csv).hasSizeGreaterThan(40);
        assertThat(csv).anySatisfy(row -> assertThat(row).containsEntry("period", "2020-W13")
                .containsEntry("value", "486369").containsEntry("publication_id", "cnam-2020-03-31"));

        dashboard.sortBy("value").sortBy("value");
        List<String> descending = dashboard.tableIds();
        List<Map<String, String>> sorted = Csv.rows(dashboard.downloadCsv());
        assertThat(sorted).extracting(row -> row.get("observation_id")).containsExactlyElementsOf(descending);
        assertThat(sorted).extracting(row -> Double.valueOf(row.get("value")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dashboard.page().getAttribute("th[data-key='value']", "aria-sort")).isEqualTo("descending");
    }

    @Test
    void marksTheFiguresThatDisagreeWithAnotherPublication() {
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL", 1280, 900);

        JsonPath found = GraphQL.data("""
                { discrepancies(metric: ["TELECONSULTATIONS"], specialty: ["ALL"], first: 500) {
                    nodes { first { id } second { id } } } }""");
        // not "nodes.first.id": on JDK 21 and later, Groovy reads "nodes.first" as the list's getFirst()
        Set<String> conflicting = new HashSet<>(found.getList("discrepancies.nodes.collect { it.first.id }"));
        conflicting.addAll(found.getList("discrepancies.nodes.collect { it.second.id }"));
        assertThat(conflicting).isNotEmpty();
        List<String> marked = dashboard.page().locator("#observations tbody tr.in-conflict").all().stream()
                .map(row -> row.getAttribute("data-id")).toList();
        assertThat(marked).containsExactlyInAnyOrderElementsOf(conflicting);
        assertThat(dashboard.status()).contains(conflicting.size() + " in conflict");
    }

    @Test
    void shadesTheLockdowns() {
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL&granularity=MONTH", 1280, 1150);

        Object shaded = dashboard.page().evaluate("() => window.telebarometer.chart.chart.getOption().series[0]"
                + ".markArea.data.map(area => area[0].name)");
        assertThat((List<?>) shaded).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(name -> assertThat(name.toString()).containsIgnoringCase("lockdown"));
        assertThat(dashboard.page().locator("#chart svg").count()).isEqualTo(1);
        dashboard.screenshot(SCREENSHOTS.resolve("dashboard.png"), false);
    }

    @Test
    void drawsAWeeklyTimelineOverTheFigures() {
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL&from=2020-03-02&to=2020-05-31"
                + "&granularity=WEEK", 1280, 900);

        Object points = dashboard.page().evaluate("() => window.telebarometer.chart.chart.getOption().series"
                + ".filter(s => s.type === 'line' && s.name.includes('weekly')).map(s => s.data.length)");
        assertThat(((List<?>) points).stream().map(n -> ((Number) n).intValue()).toList()).containsExactly(13);
    }

    @Test
    void showsAFigureDetailsFromTheTableWithTheKeyboard() {
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL&from=2020-03-23&to=2020-03-29",
                1280, 900);
        String week13 = GraphQL.data(CNAM_WEEK_13).getString("observations.nodes[0].id");

        dashboard.row(week13).locator("button").focus();
        dashboard.page().keyboard().press("Enter");

        assertThat(dashboard.page().locator("#details").isVisible()).isTrue();
        assertThat(dashboard.page().locator("#details").innerText()).contains("486,369", "TELECONSULTATIONS.ALL.FR",
                "Croissance record du recours à la téléconsultation en mars");
        assertThat(dashboard.page().evaluate("() => document.activeElement.id")).isEqualTo("details");
    }

    @Test
    void labelsEveryControl() {
        DashboardPage dashboard = open("/", 1280, 900);

        Object unlabelled = dashboard.page().evaluate("() => [...document.querySelectorAll('input, select')]"
                + ".filter(c => c.labels.length === 0 && !c.getAttribute('aria-label')).map(c => c.id || c.name)");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    @Test
    void hasTextContrastOfAtLeastFourAndAHalfToOne() throws IOException {
        String check = new String(getClass().getResourceAsStream("/browser/low-contrast.js").readAllBytes(),
                StandardCharsets.UTF_8);
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL", 1280, 900);

        assertThat((List<?>) dashboard.page().evaluate(check)).isEmpty();
        dashboard.page().navigate(root() + "/publications.html");
        dashboard.page().waitForFunction("() => document.body.dataset.loads === '1'");
        assertThat((List<?>) dashboard.page().evaluate(check)).isEmpty();
    }

    @Test
    void fitsAPhoneScreen() {
        DashboardPage dashboard = open("/?metric=TELECONSULTATIONS&specialty=ALL", 390, 844);

        Object overflow = dashboard.page().evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(dashboard.chartPoints()).isGreaterThan(40);
        dashboard.screenshot(SCREENSHOTS.resolve("dashboard-phone.png"), false);
    }

    @Test
    void listsEveryPublicationWithItsFigures() {
        DashboardPage publications = open("/publications.html#cnam-2020-03-31", 1280, 900);

        int total = GraphQL.data("{ publications(first: 500) { totalCount } }").getInt("publications.totalCount");
        assertThat(publications.page().locator("article.publication").count()).isEqualTo(total);
        String cnam = publications.page().locator("article#cnam-2020-03-31").innerText();
        assertThat(cnam).contains("Croissance record du recours à la téléconsultation en mars", "486,369",
                "486 369 téléconsultations");
        assertThat(publications.page().locator("article#cnam-2020-03-31 tbody tr").count()).isEqualTo(13);
    }
}
