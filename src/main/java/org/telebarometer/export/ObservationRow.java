package org.telebarometer.export;

import org.telebarometer.observation.Observation;
import org.telebarometer.organization.Organization;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.Series;
import org.telebarometer.specialty.Specialty;

/**
 * An observation with what a reader needs beside it (its specialty's label, its source's name, its publication):
 * one line of an export, and what the export sorts on.
 */
public record ObservationRow(Observation observation, Series series, Specialty specialty, Organization source,
        Publication publication) {
}
