package org.telebarometer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telebarometer.support.BrowserSession;
import org.telebarometer.support.BrowserTests;

/**
 * The dashboard's search box (the figures that match, their quotes with the words found marked, a link to each) and
 * the link that opens the chart's query in GraphiQL.
 */
@QuarkusTest
@BrowserTests
class DashboardSearchBrowserTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    @Test
    void listsTheFiguresThatMatchWithTheirQuotesMarkedAndLinksToThem() {
        Page page = open("/?lang=en");

        search(page, "\"tiers payant\"");

        Locator results = page.locator("#search-results li");
        assertThat(results.count()).isPositive();
        assertThat(page.locator("#search-status").innerText()).contains("match");
        assertThat(results.first().locator("mark").allInnerTexts()).contains("tiers payant");
        assertThat(results.first().locator("blockquote").innerText()).contains("tiers payant");
        page.locator("#search-results li").first().locator("a.show").click();
        page.waitForURL("**/?*metric=*");
        page.waitForFunction("() => Number(document.body.dataset.loads || 0) >= 1");
        assertThat(page.url()).contains("metric=THIRD_PARTY_PAYMENT_SHARE", "from=2020-");
        assertThat(page.locator("#observations tbody tr").count()).isPositive();
        page.screenshot(new Page.ScreenshotOptions().setPath(DashboardBrowserTest.SCREENSHOTS.resolve(
                "dashboard-search-followed.png")));
    }

    @Test
    void searchesAccentsAndPluralsAwayAndSaysWhenNothingMatches() {
        Page page = open("/?lang=fr");

        search(page, "telesante");
        assertThat(page.locator("#search-results li mark").allInnerTexts())
                .anySatisfy(word -> assertThat(word.toLowerCase()).startsWith("télésanté"));
        page.screenshot(new Page.ScreenshotOptions().setPath(DashboardBrowserTest.SCREENSHOTS.resolve(
                "dashboard-search.png")));

        search(page, "zxqwv");
        assertThat(page.locator("#search-status").innerText()).isEqualTo("Aucun chiffre ne correspond à zxqwv.");
        assertThat(page.locator("#search-results li").count()).isZero();
    }

    @Test
    void opensTheQueryBehindTheChartInGraphiql() {
        Page page = open("/?metric=PRACTITIONER_SHARE&specialty=GENERAL_PRACTICE");
        String href = page.locator("#explore").getAttribute("href");

        assertThat(href).startsWith("/q/graphql-ui/?");
        String decoded = URLDecoder.decode(href, StandardCharsets.UTF_8);
        assertThat(decoded).contains("query Observations(", "\"PRACTITIONER_SHARE\"", "\"GENERAL_PRACTICE\"");
        page.navigate(DashboardBrowserTest.root() + href);
        page.locator(".graphiql-container").waitFor();
        assertThat(page.locator(".graphiql-query-editor").innerText()).contains("query Observations");
    }

    private static void search(Page page, String text) {
        int before = Integer.parseInt(String.valueOf(page.evaluate("() => Number(document.body.dataset.searches || 0)")));
        page.fill("#search-text", text);
        page.press("#search-text", "Enter");
        page.waitForFunction("n => Number(document.body.dataset.searches || 0) > n", before);
    }

    private Page open(String path) {
        Page page = BROWSER.page();
        page.navigate(DashboardBrowserTest.root() + path);
        page.waitForFunction("() => Number(document.body.dataset.loads || 0) >= 1");
        return page;
    }
}
