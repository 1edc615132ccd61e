package org.telebarometer.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telebarometer.support.Browser;
import org.telebarometer.support.BrowserTests;
import org.telebarometer.support.Tokens;

/**
 * A front-end app served from another origin (a second local port) uses the API from a real browser: it reads, over
 * POST and GET; it cannot send an editor's token, which only configured editor origins may.
 */
@QuarkusTest
@BrowserTests
class CrossOriginBrowserTest {

    private static final String PAGE = """
            <!doctype html><html><body><p id="out">waiting</p><script>
            async function call(init, url) {
              try {
                const response = await fetch(url, init);
                return JSON.stringify((await response.json()).data);
              } catch (e) {
                return 'blocked: ' + e.name;
              }
            }
            window.read = (api) => call({ method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ query: '{ namedPeriods { code } }' }) }, api + '/graphql');
            window.readOverGet = (api) => call({}, api + '/graphql?query=' + encodeURIComponent('{ metrics { code } }'));
            window.edit = (api, token) => call({ method: 'POST', headers: { 'Content-Type': 'application/json',
                Authorization: 'Bearer ' + token },
                body: JSON.stringify({ query: 'mutation { deletePublication(id: "no-such") { id } }' }) }, api + '/graphql');
            </script></body></html>""";

    private static HttpServer app;
    private static Browser browser;
    private BrowserContext context;

    @BeforeAll
    static void serveTheAppAndLaunchTheBrowser() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop(0);
        }
    }

    @Test
    void aPageOfAnotherOriginReadsTheApi() {
        Page page = openTheApp();

        assertThat(page.evaluate("api => window.read(api)", api())).asString().contains("FIRST_LOCKDOWN");
        assertThat(page.evaluate("api => window.readOverGet(api)", api())).asString().contains("TELECONSULTATIONS");
    }

    @Test
    void aPageOfAnotherOriginCannotSendAnEditorsToken() {
        Page page = openTheApp();

        Object answer = page.evaluate("([api, token]) => window.edit(api, token)",
                List.of(api(), Tokens.editor("alice")));

        assertThat(answer).asString().startsWith("blocked");
    }

    private Page openTheApp() {
        context = browser.context(800, 600);
        Page page = context.newPage();
        page.navigate("http://127.0.0.1:" + app.getAddress().getPort() + "/");
        return page;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    private static String api() {
        return "http://localhost:" + RestAssured.port;
    }
}
