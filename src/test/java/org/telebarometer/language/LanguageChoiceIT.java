package org.telebarometer.language;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class LanguageChoiceIT extends LanguageChoiceTest {
}
