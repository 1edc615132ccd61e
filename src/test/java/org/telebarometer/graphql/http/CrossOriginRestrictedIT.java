package org.telebarometer.graphql.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusIntegrationTest
@TestProfile(CrossOriginRestrictedTest.Restricted.class)
class CrossOriginRestrictedIT extends CrossOriginRestrictedTest {
}
