package org.telebarometer.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * The dashboard as a user sees it: its controls, chart, table and download. Each action waits until the page has
 * shown the data it asked the API for (the page counts its loads in {@code body[data-loads]}).
 */
final class DashboardPage {

    private final Page page;

    DashboardPage(Page page) {
        this.page = page;
    }

    DashboardPage open(String url) {
        page.navigate(url);
        waitForLoads(1);
        return this;
    }

    Page page() {
        return page;
    }

    DashboardPage pickMetric(String code) {
        whileReloading(() -> page.selectOption("#metric", code));
        return this;
    }

    /** Chooses this option of a select of the controls. */
    DashboardPage pick(String select, String value) {
        whileReloading(() -> page.selectOption(select, value));
        return this;
    }

    /** Ticks this specialty and unticks every other one. */
    DashboardPage pickOnlySpecialty(String code) {
        String wanted = "#specialty-list input[value='" + code + "']";
        if (!page.isChecked(wanted)) {
            whileReloading(() -> page.check(wanted));
        }
        List<String> others = page.locator("#specialty-list input:checked").all().stream()
                .map(box -> box.getAttribute("value")).filter(value -> !code.equals(value)).toList();
        for (String other : others) {
            whileReloading(() -> page.uncheck("#specialty-list input[value='" + other + "']"));
        }
        return this;
    }

    DashboardPage dates(String from, String to) {
        whileReloading(() -> page.fill("#from", from));
        whileReloading(() -> page.fill("#to", to));
        return this;
    }

    DashboardPage sortBy(String key) {
        page.click("th button[data-sort='" + key + "']");
        return this;
    }

    int chartPoints() {
        return Integer.parseInt(page.getAttribute("#chart", "data-points"));
    }

    List<String> tableIds() {
        return page.locator("#observations tbody tr").all().stream().map(row -> row.getAttribute("data-id")).toList();
    }

    Locator row(String id) {
        return page.locator("#observations tbody tr[data-id='" + id + "']");
    }

    String status() {
        return page.textContent("#status");
    }

    /** Moves the mouse onto an observation's mark in the chart and returns the tooltip's text. */
    String hover(String id) {
        page.locator("#chart").scrollIntoViewIfNeeded();
        List<?> pixel = (List<?>) page.evaluate("id => window.telebarometer.chart.pixelOf(id)", id);
        var box = page.locator("#chart").boundingBox();
        page.mouse().move(box.x + ((Number) pixel.get(0)).doubleValue(), box.y + ((Number) pixel.get(1)).doubleValue());
        Locator tip = page.locator("#chart .tip");
        tip.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return tip.innerText();
    }

    /** Clicks "Download CSV" and returns the file the browser saved. */
    String downloadCsv() throws IOException {
        Download download = page.waitForDownload(() -> page.click("#csv"));
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }

    /** Clicks FR or EN in the header and waits for the page to load again in that language. */
    DashboardPage switchLanguage(String lang) {
        page.waitForNavigation(() -> page.click("[data-lang='" + lang + "']"));
        waitForLoads(1);
        return this;
    }

    void screenshot(Path file, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
    }

    private void whileReloading(Runnable action) {
        int before = loads();
        action.run();
        waitForLoads(before + 1);
    }

    private int loads() {
        String loads = page.getAttribute("body", "data-loads");
        return loads == null ? 0 : Integer.parseInt(loads);
    }

    private void waitForLoads(int count) {
        page.waitForFunction("n => Number(document.body.dataset.loads || 0) >= n", count);
    }
}
