package org.telebarometer;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class OperationsIT extends OperationsTest {
}
