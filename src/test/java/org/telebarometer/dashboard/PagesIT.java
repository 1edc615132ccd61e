package org.telebarometer.dashboard;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PagesIT extends PagesTest {
}
