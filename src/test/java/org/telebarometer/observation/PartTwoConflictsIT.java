package org.telebarometer.observation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class PartTwoConflictsIT extends PartTwoConflictsTest {
}
