package org.telebarometer.node;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class NodeIT extends NodeTest {
}
