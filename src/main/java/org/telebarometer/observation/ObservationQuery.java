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
        conditions.add(link.path("o") + " in :parents");
        parameters.put("parents", parents);
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private void seriesDimensions(ObservationCriteria criteria) {
        List<String> dimensions = new ArrayList<>();
        dimension(dimensions, "s.metricCode", "metrics", criteria.metrics());
        dimension(dimensions, "s.specialtyCode", "specialties", criteria.specialties());
        dimension(dimensions, "s.geographyCode", "geographies", criteria.geographies());
        if (!dimensions.isEmpty()) {
            conditions.add("o.seriesKey in (select s.key from Series s where " + String.join(" and ", dimensions) + ")");
        }
    }

    private void dimension(List<String> dimensions, String path, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            dimensions.add(path + " in :" + name);
            parameters.put(name, values);
        }
    }

    private void in(String path, String name, Collection<?> values) {
        if (!values.isEmpty()) {
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
