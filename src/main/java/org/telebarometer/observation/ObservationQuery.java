package org.telebarometer.observation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.telebarometer.period.DateRange;
import org.telebarometer.query.Where;

/**
 * The HQL condition and parameters that select observations (alias {@code o}) matching some criteria, optionally
 * after a cursor position and within some parents.
 */
final class ObservationQuery {

    /** The order of every list of observations; it is also the keyset cursors are made of. */
    static final String ORDER = "o.period.start, o.seriesKey, o.id";

    private final Where where = new Where();
    private int ranges;
    private boolean joinsSeries;

    static ObservationQuery matching(ObservationCriteria criteria) {
        ObservationQuery query = new ObservationQuery();
        query.seriesDimensions(criteria);
        query.where.in("o.seriesKey", "seriesKeys", criteria.seriesKeys())
                .in("o.sourceCode", "sources", criteria.sources())
                .in("o.publicationId", "publications", criteria.publications());
        if (!criteria.publishers().isEmpty()) {
            query.where.and("o.publicationId in (select p.id from Publication p where p.publisherCode in :publishers)",
                    "publishers", criteria.publishers());
        }
        for (DateRange range : criteria.overlapping()) {
            query.overlapping(range);
        }
        query.where.in("o.qualifier", "qualifiers", criteria.qualifiers())
                .andIfSet("o.publicationId in (select p.id from Publication p where p.publishedOn <= :asOf)", "asOf",
                        criteria.asOf());
        return query;
    }

    /** Keeps the observations that come after the cursor's position in {@link #ORDER}. */
    ObservationQuery after(ObservationPosition position) {
        if (position != null) {
            where.and("(o.period.start > :afterStart or (o.period.start = :afterStart and (o.seriesKey > :afterSeries"
                    + " or (o.seriesKey = :afterSeries and o.id > :afterId))))")
                    .parameter("afterStart", position.start())
                    .parameter("afterSeries", position.seriesKey())
                    .parameter("afterId", position.id());
        }
        return this;
    }

    ObservationQuery within(ParentLink link, Collection<String> parents) {
        where.in(link.path("o"), "parents", parents);
        return this;
    }

    /** The FROM clause: observations {@code o}, joined to their series {@code s} when filtered by its dimensions. */
    String from() {
        return joinsSeries ? "Observation o join Series s on s.key = o.seriesKey" : "Observation o";
    }

    String where() {
        return where.text();
    }

    Map<String, Object> parameters() {
        return where.parameters();
    }

    /**
     * Metric, specialty, geography and population are the series' dimensions: the query joins the (small) series
     * table, so that the database looks up the matching series first, then walks the (series_key, period_start,
     * period_end, id) index for each, rather than testing every observation in period order.
     */
    private void seriesDimensions(ObservationCriteria criteria) {
        where.in("s.metricCode", "metrics", criteria.metrics())
                .in("s.specialtyCode", "specialties", criteria.specialties())
                .in("s.geographyCode", "geographies", criteria.geographies())
                .in("s.populationCode", "populations", criteria.populations());
        joinsSeries = !criteria.metrics().isEmpty() || !criteria.specialties().isEmpty()
                || !criteria.geographies().isEmpty() || !criteria.populations().isEmpty();
    }

    private void overlapping(DateRange range) {
        int index = ranges++;
        LocalDate from = range.from();
        LocalDate to = range.to();
        where.andIfSet("o.period.start <= :to" + index, "to" + index, to)
                .andIfSet("o.period.end >= :from" + index, "from" + index, from);
    }
}
