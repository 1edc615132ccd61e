package org.telebarometer.importing;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.observation.Observation;

/**
 * Writes the observations of an import, in the importer's transaction. A bean of its own so that tests can make a
 * write fail half-way through an import.
 */
@ApplicationScoped
public class ObservationWriter {

    public void write(Observation observation) {
        observation.persist();
    }
}
