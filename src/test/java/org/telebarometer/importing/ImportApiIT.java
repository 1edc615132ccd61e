package org.telebarometer.importing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ImportApiIT extends ImportApiTest {
}
