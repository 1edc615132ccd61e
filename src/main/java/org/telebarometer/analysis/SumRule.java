package org.telebarometer.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.telebarometer.observation.Observation;
import org.telebarometer.period.Period;

/**
 * Totals: the sum of figures whose periods lie inside the bucket and tile it exactly. Figures published for the same
 * period are alternatives, not addends: the sum takes their mean, and min and max the range they allow.
 */
final class SumRule implements BucketRule {

    static final String DESCRIPTION = "SUM: a point's level is the sum of whole-period figures: figures whose periods lie "
            + "inside the bucket and tile it from its first day to its last without gap or overlap (a year from one "
            + "yearly figure, or from its months). Figures for the same period are alternatives: the sum takes their "
            + "mean, and min and max are the sums of the smallest and of the largest. A bucket that is not tiled has no "
            + "level. AT_LEAST and AT_MOST figures for the whole bucket give lowerBound and upperBound.";
    static final String DESCRIPTION_FR = "SUM : le niveau d'un point est la somme de chiffres de périodes entières : des "
            + "chiffres dont les périodes sont dans l'intervalle et le pavent de son premier à son dernier jour, sans trou "
            + "ni chevauchement (une année par un chiffre annuel, ou par ses mois). Des chiffres de la même période sont "
            + "des variantes : la somme prend leur moyenne, et min et max sont les sommes des plus petits et des plus "
            + "grands. Un intervalle non pavé n'a pas de niveau. Les chiffres AT_LEAST et AT_MOST de tout l'intervalle "
            + "donnent lowerBound et upperBound.";

    @Override
    public BucketSummary summarize(Period bucket, List<Observation> overlapping) {
        List<Observation> inside = overlapping.stream()
                .filter(o -> !o.period.start().isBefore(bucket.start()) && !o.period.end().isAfter(bucket.end()))
                .toList();
        List<Observation> bounds = inside.stream()
                .filter(o -> !BucketRule.isValue(o) && BucketRule.samePeriod(o.period, bucket)).toList();
        List<List<Observation>> tiles = tile(bucket, alternativesByPeriod(inside));
        if (tiles.isEmpty()) {
            return new BucketSummary(null, null, null, BucketRule.tightestLowerBound(bounds),
                    BucketRule.tightestUpperBound(bounds), bounds);
        }
        double level = 0;
        double min = 0;
        double max = 0;
        List<Observation> used = new ArrayList<>();
        for (List<Observation> alternatives : tiles) {
            level += alternatives.stream().mapToDouble(o -> o.value).average().orElseThrow();
            min += alternatives.stream().mapToDouble(o -> o.value).min().orElseThrow();
            max += alternatives.stream().mapToDouble(o -> o.value).max().orElseThrow();
            used.addAll(alternatives);
        }
        used.addAll(bounds);
        return new BucketSummary(level, min, max, BucketRule.tightestLowerBound(bounds),
                BucketRule.tightestUpperBound(bounds), used);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public String descriptionFr() {
        return DESCRIPTION_FR;
    }

    private static Map<Period, List<Observation>> alternativesByPeriod(List<Observation> inside) {
        Map<Period, List<Observation>> byPeriod = new LinkedHashMap<>();
        inside.stream().filter(BucketRule::isValue)
                .forEach(o -> byPeriod.computeIfAbsent(Period.between(o.period.start(), o.period.end()),
                        p -> new ArrayList<>()).add(o));
        return byPeriod;
    }

    /**
     * Walks from the bucket's first day, taking at each step the longest period that starts there.
     *
     * @return the alternatives of each tile, or nothing when the periods do not tile the bucket
     */
    private static List<List<Observation>> tile(Period bucket, Map<Period, List<Observation>> alternatives) {
        List<List<Observation>> tiles = new ArrayList<>();
        LocalDate next = bucket.start();
        while (!next.isAfter(bucket.end())) {
            LocalDate from = next;
            Period longest = alternatives.keySet().stream().filter(p -> p.start().equals(from))
                    .max(Comparator.comparing(Period::end)).orElse(null);
            if (longest == null) {
                return List.of();
            }
            tiles.add(alternatives.get(longest));
            next = longest.end().plusDays(1);
        }
        return tiles;
    }
}
