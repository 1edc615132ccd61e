package org.telebarometer.observation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ResearchFiguresPartTwoIT extends ResearchFiguresPartTwoTest {
}
