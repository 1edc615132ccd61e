package org.telebarometer.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ErrorCodesIT extends ErrorCodesTest {
}
