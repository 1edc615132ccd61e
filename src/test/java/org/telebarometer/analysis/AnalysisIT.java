package org.telebarometer.analysis;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AnalysisIT extends AnalysisTest {
}
