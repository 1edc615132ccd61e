package org.telebarometer.graphql.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ExplorerIT extends ExplorerTest {
}
