package org.telebarometer.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.telebarometer.observation.Qualifier;
import org.telebarometer.period.Period;
import org.telebarometer.series.SeriesKey;

/**
 * An observation input that passed validation, with its text parsed.
 */
public record ValidatedObservation(SeriesKey series, Period period, double value, Double low, Double high,
        Qualifier qualifier, String source, String quote, String note) {

    /**
     * A stable id: the same figure (series, period, value and bounds) of the same publication gets the same id in
     * every database and after every reload. Two observations with the same id are duplicates.
     */
    public String idIn(String publicationId) {
        String identity = String.join("|", publicationId, series.toString(), period.label(), Double.toString(value),
                String.valueOf(low), String.valueOf(high));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
