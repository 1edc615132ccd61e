package org.telebarometer.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import io.agroal.api.AgroalDataSource;

/**
 * The start-up check that lets a restart skip Flyway: it must agree with Flyway on what was applied, and send any
 * other history to Flyway.
 */
@QuarkusTest
class SchemaMigrationTest {

    @Inject
    SchemaMigration migration;

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theShippedChecksumsAreThoseFlywayRecorded() {
        Map<String, Integer> recorded = Arrays.stream(flyway.info().applied())
                .collect(Collectors.toMap(info -> info.getVersion().getVersion(), MigrationInfo::getChecksum));

        assertThat(ShippedMigrations.checksums()).hasSizeGreaterThanOrEqualTo(7).isEqualTo(recorded);
    }

    @Test
    void aDatabaseMigratedByFlywayIsCurrentAndIsLeftAlone() {
        assertThat(migration.isCurrent()).isTrue();
        assertThat(migration.migrate()).as("Flyway ran").isFalse();
    }

    @Test
    void aHistoryWithAnotherChecksumIsNotCurrent() {
        int checksum = ShippedMigrations.checksums().get("1");
        try {
            setChecksumOfVersion1(checksum + 1);
            assertThat(migration.isCurrent()).isFalse();
        } finally {
            setChecksumOfVersion1(checksum);
        }
        assertThat(migration.isCurrent()).isTrue();
    }

    private void setChecksumOfVersion1(int checksum) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (var connection = dataSource.getConnection();
                    var update = connection.prepareStatement(
                            "update \"flyway_schema_history\" set \"checksum\" = ? where \"version\" = '1'")) {
                update.setInt(1, checksum);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
