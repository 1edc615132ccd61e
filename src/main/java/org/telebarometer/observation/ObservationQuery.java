package org.telebarometer.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.telebarometer.period.DateRange;

/**
 * The HQL condition and parameters that select observations (alias {@code o}) matching some criteria, optionally
 * after a cursor position and within some parents.
 */
final class ObservationQuery {

    /** The order of every list of observations; it is also the keyset cursors are made of. */
    static final String ORDER = "o.period.start, o.seriesKey, o.id";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private int ranges;
    private boolean joinsSeries;

    static ObservationQuery matching(ObservationCriteria criteria) {
        ObservationQuery query = new ObservationQuery();
        query.seriesDimensions(criteria);
        query.in("o.seriesKey", "seriesKeys", criteria.seriesKeys());
        query.in("o.sourceCode", "sources", criteria.sources());
        query.in("o.publicationId", "publications", criteria.publications());
        if (!criteria.publishers().isEmpty()) {
            query.conditions.add("o.publicationId in (select p.id from Publication p where p.publisherCode in :publishers)");
            query.parameters.put("publishers", criteria.publishers());
        }
        for (DateRange range : criteria.overlapping()) {
            query.overlapping(range);
        }
        query.in("o.qualifier", "qualifiers", criteria.qualifiers());
        if (criteria.asOf() != null) {
            query.conditions.add("o.publicationId in (select p.id from Publication p where p.publishedOn <= :asOf)");
            query.parameters.put("asOf", criteria.asOf());
        }
        return query;
    }

    /** Keeps the observations that come after the cursor's position in {@link #ORDER}. */
    ObservationQuery after(ObservationPosition position) {
        if (position != null) {
            conditions.add("(o.period.start > :afterStart or (o.period.start = :afterStart and (o.seriesKey > :afterSeries"
                    + " or (o.seriesKey = :afterSeries and o.id > :afterId))))");
            parameters.put("afterStart", position.start());
            parameters.put("afterSeries", position.seriesKey());
            parameters.put("afterId", position.id());
        }
        return this;
    }

    ObservationQuery within(ParentLink link, Collection<String> parents) {
        in(link.path("o"), "parents", parents);
        return this;
    }

    /** The FROM clause: observations {@code o}, joined to their series {@code s} when filtered by its dimensions. */
    String from() {
        return joinsSeries ? "Observation o join Series s on s.key = o.seriesKey" : "Observation o";
    }

    String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /**
     * Metric, specialty and geography are the series' dimensions: the query joins the (small) series table, so that
     * the database looks up the matching series first, then walks the (series_key, period_start, period_end, id)
     * index for each, rather than testing every observation in period order.
     */
    private void seriesDimensions(ObservationCriteria criteria) {
        in("s.metricCode", "metrics", criteria.metrics());
        in("s.specialtyCode", "specialties", criteria.specialties());
        in("s.geographyCode", "geographies", criteria.geographies());
        joinsSeries = !criteria.metrics().isEmpty() || !criteria.specialties().isEmpty()
                || !criteria.geographies().isEmpty();
    }

    /**
     * A condition on one value or a list of values. One value is compared with {@code =}: Hibernate keeps the SQL of
     * such a statement, while it translates again a statement with a list parameter each time it runs (measured:
     * a tenth of a series history's CPU).
     */
    private void in(String path, String name, Collection<?> values) {
        if (values.size() == 1) {
            conditions.add(path + " = :" + name);
            parameters.put(name, values.iterator().next());
        } else if (!values.isEmpty()) {
            conditions.add(path + " in :" + name);
            parameters.put(name, values);
        }
    }

    private void overlapping(DateRange range) {
        int index = ranges++;
        LocalDate from = range.from();
        LocalDate to = range.to();
        if (to != null) {
            conditions.add("o.period.start <= :to" + index);
            parameters.put("to" + index, to);
        }
        if (from != null) {
            conditions.add("o.period.end >= :from" + index);
            parameters.put("from" + index, from);
        }
    }
}
