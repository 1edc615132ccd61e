package org.telebarometer.observation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class RecentFiguresRulesIT extends RecentFiguresRulesTest {
}
