package org.telebarometer.dataset;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.telebarometer.TelebarometerConfig;
import org.telebarometer.importing.ImportOutcome;
import org.telebarometer.importing.PublicationImporter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the dataset shipped in the application at start-up, through the same importer as every other import: every
 * publication in one transaction, all or none (a first start writes its 93 publications in half the time it took
 * with one transaction each: bench/RESULTS.md). Idempotent: a publication whose content has not changed is left
 * alone, so a restart writes nothing; and when no file changed since the last complete load, nothing is even read.
 * Changes made through the API to shipped publications therefore last until their files change.
 */
@ApplicationScoped
public class DatasetLoader {

    /** Who the shipped dataset's publications are recorded as imported by. */
    public static final String ACTOR = "dataset";

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    private final ReferenceDataWriter referenceData;
    private final PublicationImporter importer;
    private final boolean loadAtStart;

    public DatasetLoader(ReferenceDataWriter referenceData, PublicationImporter importer, TelebarometerConfig config) {
        this.referenceData = referenceData;
        this.importer = importer;
        this.loadAtStart = config.dataset().loadAtStart();
    }

    void onStart(@Observes StartupEvent event) {
        if (loadAtStart) {
            load();
        }
    }

    /**
     * Writes the reference data, then imports every publication file; returns how many had each outcome. When the
     * files are those of the last complete load, nothing is read or written: a restart costs one query.
     */
    public Map<ImportOutcome, Integer> load() {
        String fingerprint = DatasetFiles.fingerprint();
        if (QuarkusTransaction.requiringNew().call(() -> DatasetState.isLoaded(fingerprint))) {
            Map<ImportOutcome, Integer> unchanged = Map.of(ImportOutcome.UNCHANGED,
                    DatasetFiles.publicationFileNames().size());
            LOG.infof("Dataset unchanged since its last load: %s", unchanged);
            return unchanged;
        }
        referenceData.write(DatasetFiles.reference());
        Map<ImportOutcome, Integer> outcomes = new EnumMap<>(ImportOutcome.class);
        importer.importChecked(DatasetFiles.checkedPublications(), ACTOR)
                .forEach(outcome -> outcomes.merge(outcome, 1, Integer::sum));
        QuarkusTransaction.requiringNew().run(() -> DatasetState.recordLoad(fingerprint));
        LOG.infof("Dataset loaded: %s", outcomes);
        return outcomes;
    }
}
