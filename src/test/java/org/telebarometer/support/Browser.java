package org.telebarometer.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * A real headless Chromium driven by Playwright: Debian's {@code chromium} (the path in the system property
 * {@code telebarometer.test.chromium}), since Playwright's own browser download cannot work here. The flags keep it
 * from calling Google's services, which the closed network refuses.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** The Chromium to drive: {@code -Dtelebarometer.test.chromium}, Debian's {@code /usr/bin/chromium} by default. */
    public static Path executable() {
        String configured = System.getProperty("telebarometer.test.chromium");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    public static Browser launch() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ": install Debian's package chromium "
                    + "(apt-get install chromium) or pass -Dtelebarometer.test.chromium=<path>.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(FLAGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh context (no cookies, no cache) with a window of this size, downloads accepted. */
    public BrowserContext context(int width, int height) {
        return context(width, height, "en-GB");
    }

    /** A browser whose language is this locale (its Accept-Language and navigator.language). */
    public BrowserContext context(int width, int height, String locale) {
        return chromium.newContext(new NewContextOptions().setViewportSize(width, height).setAcceptDownloads(true)
                .setLocale(locale).setTimezoneId("Europe/Paris"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
