package org.telebarometer;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ReferenceDataIT extends ReferenceDataTest {
}
