package org.telebarometer.dataset;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The fingerprint of the dataset files at their last complete load (one row).
 */
@Entity
@Table(name = "dataset_state")
public class DatasetState extends PanacheEntityBase {

    private static final int SINGLE_ROW = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;

    public static boolean isLoaded(String fingerprint) {
        DatasetState state = findById(SINGLE_ROW);
        return state != null && state.fingerprint.equals(fingerprint);
    }

    public static void recordLoad(String fingerprint) {
        DatasetState state = DatasetState.<DatasetState> findByIdOptional(SINGLE_ROW).orElseGet(DatasetState::new);
        state.id = SINGLE_ROW;
        state.fingerprint = fingerprint;
        state.loadedAt = OffsetDateTime.now();
        state.persist();
    }
}
