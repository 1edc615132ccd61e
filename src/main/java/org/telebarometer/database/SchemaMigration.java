package org.telebarometer.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.flyway.runtime.FlywayContainerProducer;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the database's schema to the shipped migrations at start-up, before anything reads it: Flyway migrates (and
 * validates what was applied) unless its history already lists exactly the shipped migrations, versions and checksums,
 * all successful. That check is one query; Flyway's own start reads every migration file and looks up its plugins
 * (measured: the longest step of a native restart). The check is Flyway's own validation of applied migrations, made
 * against the checksums computed when the application was built ({@link ShippedMigrations}).
 * <p>
 * Quarkus' Flyway is inactive in production (application.properties): active, Quarkus builds it at every start, before
 * anything can tell whether it is needed. When it is, this class builds it with Quarkus' own producer, configured
 * as Quarkus' would be.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    private static final String APPLIED = "select \"version\", \"checksum\" from \"flyway_schema_history\" "
            + "where \"success\" and \"version\" is not null";

    private final DataSource dataSource;
    private final FlywayContainerProducer flyway;

    SchemaMigration(DataSource dataSource, FlywayContainerProducer flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        migrate();
    }

    /** Migrates the schema when it is not that of the shipped migrations; returns whether Flyway ran. */
    public boolean migrate() {
        if (isCurrent()) {
            LOG.debug("Schema up to date with the shipped migrations");
            return false;
        }
        flyway.createFlyway(dataSource, DataSourceUtil.DEFAULT_DATASOURCE_NAME, true, true).getFlyway().migrate();
        return true;
    }

    /** True when Flyway's history lists exactly the shipped migrations with their checksums, all applied. */
    public boolean isCurrent() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(APPLIED)) {
            Map<String, Integer> applied = new HashMap<>();
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getInt(2));
            }
            return applied.equals(ShippedMigrations.checksums());
        } catch (SQLException e) {
            // no history yet (an empty database), or one Flyway must look at itself
            LOG.debugf("Schema history not readable (%s): Flyway migrates", e.getMessage());
            return false;
        }
    }
}
