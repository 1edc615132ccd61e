package org.telebarometer;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SchemaFileIT extends SchemaFileTest {
}
