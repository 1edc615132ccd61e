package org.telebarometer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a test class and a fresh browser context for each test, whose console must stay free of errors:
 * {@code @RegisterExtension static final BrowserSession BROWSER = new BrowserSession();} in a {@link BrowserTests}
 * class, then {@link #page} in each test.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    private Browser browser;
    private BrowserContext context;
    private List<String> consoleErrors = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext extension) {
        browser = Browser.launch();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context == null) {
            return;
        }
        try {
            assertThat(consoleErrors).as("errors in the browser's console").isEmpty();
        } finally {
            context.close();
            context = null;
        }
    }

    /** A new page in a new context of this window size and language, its console errors collected. */
    public Page page(int width, int height, String locale) {
        context = browser.context(width, height, locale);
        consoleErrors = new ArrayList<>();
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
        return page;
    }

    /** A new page of 1280 × 900 in British English. */
    public Page page() {
        return page(1280, 900, "en-GB");
    }
}
