package org.telebarometer.analysis;

import java.util.ArrayList;
import java.util.List;

import org.telebarometer.observation.Observation;
import org.telebarometer.period.Period;

/**
 * Rates and levels: the mean of the values whose period overlaps the bucket, each weighted by its days in the
 * bucket. Values no longer than the bucket are preferred, so that a yearly share does not flatten the weekly figures
 * of a month. Bounds are reported apart, never averaged, and only when they cover the whole bucket: "fewer than
 * 10,000 every week until March" bounds January, "more than a million in the week of 23 March" does not bound March.
 */
final class MeanRule implements BucketRule {

    static final String DESCRIPTION = "MEAN: a point's level is the mean of the values (EXACT, APPROXIMATE, and RANGE "
            + "midpoints) whose period overlaps the bucket, each weighted by its days inside the bucket. Values no longer "
            + "than the bucket are used when there are any; longer ones (a yearly share in a monthly bucket) only "
            + "otherwise. AT_LEAST and AT_MOST figures are bounds, not values: the tightest of those whose period covers "
            + "the whole bucket give lowerBound and upperBound.";
    static final String DESCRIPTION_FR = "MEAN : le niveau d'un point est la moyenne des valeurs (EXACT, APPROXIMATE, et "
            + "milieux des RANGE) dont la période chevauche l'intervalle, chacune pondérée par ses jours dans l'intervalle. "
            + "Les valeurs pas plus longues que l'intervalle sont utilisées s'il y en a ; les plus longues (une part "
            + "annuelle dans un intervalle mensuel) seulement sinon. Les chiffres AT_LEAST et AT_MOST sont des bornes, pas "
            + "des valeurs : les plus serrées de celles dont la période couvre tout l'intervalle donnent lowerBound et "
            + "upperBound.";

    @Override
    public BucketSummary summarize(Period bucket, List<Observation> overlapping) {
        List<Observation> values = overlapping.stream().filter(BucketRule::isValue).toList();
        List<Observation> fitting = values.stream().filter(o -> o.period.days() <= bucket.days()).toList();
        List<Observation> chosen = fitting.isEmpty() ? values : fitting;
        List<Observation> bounds = overlapping.stream()
                .filter(o -> !BucketRule.isValue(o) && !o.period.start().isAfter(bucket.start())
                        && !o.period.end().isBefore(bucket.end()))
                .toList();
        List<Observation> used = new ArrayList<>(chosen);
        used.addAll(bounds);
        return new BucketSummary(weightedMean(bucket, chosen),
                chosen.stream().map(o -> o.value).min(Double::compare).orElse(null),
                chosen.stream().map(o -> o.value).max(Double::compare).orElse(null),
                BucketRule.tightestLowerBound(bounds), BucketRule.tightestUpperBound(bounds), used);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public String descriptionFr() {
        return DESCRIPTION_FR;
    }

    private static Double weightedMean(Period bucket, List<Observation> values) {
        double weighted = 0;
        long days = 0;
        for (Observation observation : values) {
            long overlap = ComparablePeriods.overlapDays(observation.period, bucket);
            weighted += overlap * observation.value;
            days += overlap;
        }
        return days == 0 ? null : weighted / days;
    }
}
