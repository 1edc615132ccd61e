package org.telebarometer.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SearchIT extends SearchTest {
}
