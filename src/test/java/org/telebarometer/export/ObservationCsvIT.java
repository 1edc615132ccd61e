package org.telebarometer.export;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ObservationCsvIT extends ObservationCsvTest {
}
