package org.telebarometer.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(TimeBudgetTest.NoTime.class)
class TimeBudgetIT extends TimeBudgetTest {
}
