package org.telebarometer.dashboard;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class DashboardSearchBrowserIT extends DashboardSearchBrowserTest {
}
