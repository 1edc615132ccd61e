package org.telebarometer.observation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PaginationIT extends PaginationTest {
}
