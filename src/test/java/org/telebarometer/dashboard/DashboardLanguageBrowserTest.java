package org.telebarometer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;


import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telebarometer.support.BrowserSession;
import org.telebarometer.support.BrowserTests;

/**
 * The dashboard and the publications page in French and in English: the browser's language by default, a FR | EN
 * switch that keeps the selection in the URL ({@code ?lang=fr}), every text of the page, the API's labels, numbers
 * and dates formatted for the language. Screenshots of both in target/screenshots.
 */
@QuarkusTest
@BrowserTests
class DashboardLanguageBrowserTest {

    private static final String WEEK_13 = "/?metric=TELECONSULTATIONS&specialty=ALL&from=2020-03-23&to=2020-03-29";

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    @Test
    void showsTheDashboardInFrenchWithFrenchNumbersAndDates() {
        DashboardPage dashboard = open(WEEK_13 + "&lang=fr", "en-GB");
        Page page = dashboard.page();

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(page.locator("h1").innerText()).isEqualTo("La téléconsultation en France, telle que publiée");
        assertThat(page.locator("label[for=metric]").innerText()).isEqualTo("Indicateur");
        assertThat(page.locator("#metric option:checked").innerText()).isEqualTo("Téléconsultations par semaine");
        assertThat(page.locator("#specialty-list").innerText()).contains("Toutes les spécialités");
        assertThat(page.locator("#observations thead").innerText()).contains("Période", "Valeur", "Citation");
        String table = spaced(page.locator("#observations tbody").innerText());
        assertThat(table).contains("486 369", "23 mars – 29 mars 2020", "31 mars 2020", "exact");
        assertThat(spaced(dashboard.status())).contains("observations, dont", "en conflit avec une autre source");
        assertThat(page.locator("#chart").innerHTML()).contains("Confinements");
        assertThat(page.locator("#csv").getAttribute("href")).contains("lang=fr");
        dashboard.screenshot(DashboardBrowserTest.SCREENSHOTS.resolve("dashboard-fr.png"), false);
    }

    @Test
    void showsTheDashboardInEnglishWithEnglishNumbersAndDates() {
        DashboardPage dashboard = open(WEEK_13 + "&lang=en", "fr-FR");
        Page page = dashboard.page();

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h1").innerText()).isEqualTo("Teleconsultation in France, as published");
        assertThat(page.locator("#metric option:checked").innerText()).isEqualTo("Teleconsultations per week");
        assertThat(page.locator("#observations tbody").innerText())
                .contains("486,369", "23 Mar – 29 Mar 2020", "31 Mar 2020");
        dashboard.screenshot(DashboardBrowserTest.SCREENSHOTS.resolve("dashboard-en.png"), false);
    }

    @Test
    void opensInTheBrowsersLanguage() {
        Page page = open("/", "fr-FR").page();

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(page.locator("[data-lang=fr]").getAttribute("aria-current")).isEqualTo("true");
        assertThat(page.url()).contains("lang=fr");
    }

    @Test
    void theSwitchKeepsTheSelection() {
        DashboardPage dashboard = open("/?metric=PRACTITIONER_SHARE&specialty=GENERAL_PRACTICE&granularity=YEAR",
                "en-GB");
        int rows = dashboard.tableIds().size();

        dashboard.switchLanguage("fr");

        Page page = dashboard.page();
        assertThat(page.url()).contains("lang=fr", "metric=PRACTITIONER_SHARE", "specialty=GENERAL_PRACTICE",
                "granularity=YEAR");
        assertThat(page.locator("#metric").inputValue()).isEqualTo("PRACTITIONER_SHARE");
        assertThat(page.isChecked("#specialty-list input[value='GENERAL_PRACTICE']")).isTrue();
        assertThat(page.locator("#specialty-list").innerText()).contains("Médecine générale");
        assertThat(page.locator("#granularity option:checked").innerText()).isEqualTo("Niveau annuel");
        assertThat(dashboard.tableIds()).hasSize(rows);
        assertThat(spaced(page.locator("#observations tbody").innerText())).contains("44 %");

        dashboard.switchLanguage("en");
        assertThat(page.locator("#specialty-list").innerText()).contains("General practice");
        assertThat(page.url()).contains("lang=en", "metric=PRACTITIONER_SHARE");
    }

    @Test
    void listsThePublicationsInFrench() {
        Page page = open("/publications.html?lang=fr", "en-GB").page();

        assertThat(page.locator("h1").innerText()).isEqualTo("Publications");
        assertThat(page.locator("label[for=search]").innerText()).isEqualTo("Filtrer les publications");
        assertThat(page.locator("#status").innerText()).endsWith("publications.");
        String release = page.locator("article[id='cnam-2020-03-31']").innerText();
        assertThat(spaced(release)).contains("31 mars 2020", "13 chiffres", "Indicateur", "Téléconsultations par semaine");
    }

    /** The text with French typography's narrow and no-break spaces read as spaces. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private DashboardPage open(String path, String locale) {
        Page page = BROWSER.page(1280, 900, locale);
        return new DashboardPage(page).open(DashboardBrowserTest.root() + path);
    }
}
