package org.telebarometer.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(SearchCountTest.SmallLimits.class)
class SearchCountIT extends SearchCountTest {
}
