package org.telebarometer.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class QueryLimitsIT extends QueryLimitsTest {
}
