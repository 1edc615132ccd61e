package org.telebarometer.series;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.geography.Geography;
import org.telebarometer.graphql.Batches;
import org.telebarometer.graphql.Cursor;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.Paging;
import org.telebarometer.metric.Metric;
import org.telebarometer.observation.ObservationConnection;
import org.telebarometer.observation.ObservationCriteria;
import org.telebarometer.observation.ObservationFilter;
import org.telebarometer.observation.ObservationFilterParser;
import org.telebarometer.observation.ObservationService;
import org.telebarometer.observation.ParentLink;
import org.telebarometer.population.Population;
import org.telebarometer.specialty.Specialty;

import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;

@GraphQLApi
public class SeriesApi {

    private final SeriesService seriesService;
    private final ObservationService observations;
    private final Paging paging;

    public SeriesApi(SeriesService seriesService, ObservationService observations, Paging paging) {
        this.seriesService = seriesService;
        this.observations = observations;
        this.paging = paging;
    }

    @Query("series")
    @NonNull
    @Description("Series (metric × specialty × geography), ordered by key. A series exists once a figure has been "
            + "published for it.")
    public SeriesConnection series(
            @Name("filter") @Description("Which series; omit it for all.") SeriesFilter filter,
            @Name("first") @DefaultValue("100") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return seriesService.find(criteria(filter), paging.request(first, after));
    }

    @Query("seriesByKey")
    @Description("One series by key, e.g. TELECONSULTATIONS.GENERAL_PRACTICE.FR; null when no figure was ever "
            + "published for it.")
    public Series seriesByKey(@Name("key") @NonNull @Description("METRIC.SPECIALTY.GEOGRAPHY") String key) {
        return seriesService.byKey(key);
    }

    @Description("Number of series in the whole selection, across all pages.")
    public int totalCount(@Source SeriesConnection connection) {
        return Math.toIntExact(seriesService.count(connection.criteria()));
    }

    @NonNull
    @Description("What the series measures.")
    public List<@NonNull Metric> metric(@Source List<Series> series) {
        return Batches.resolve(series, s -> s.metricCode, Metric.class);
    }

    @NonNull
    @Description("The specialty the series is for.")
    public List<@NonNull Specialty> specialty(@Source List<Series> series) {
        return Batches.resolve(series, s -> s.specialtyCode, Specialty.class);
    }

    @NonNull
    @Description("The area the series covers.")
    public List<@NonNull Geography> geography(@Source List<Series> series) {
        return Batches.resolve(series, s -> s.geographyCode, Geography.class);
    }

    @NonNull
    @Description("The group of people the series is about: ALL for everyone.")
    public List<@NonNull Population> population(@Source List<Series> series) {
        return Batches.resolve(series, s -> s.populationCode, Population.class);
    }

    @NonNull
    @Description("The series' observations whose period overlaps [from, to] (and the named period `during`), ordered "
            + "by period start.")
    public List<@NonNull ObservationConnection> observations(@Source List<Series> series,
            @Name("from") @AdaptToScalar(Scalar.Date.class) @Description("Keeps periods ending on or after this day.") String from,
            @Name("to") @AdaptToScalar(Scalar.Date.class) @Description("Keeps periods starting on or before this day.") String to,
            @Name("during") @Description("Code of a named period the periods must overlap, e.g. FIRST_LOCKDOWN.") String during,
            @Name("asOf") @AdaptToScalar(Scalar.Date.class) @Description("What was known on this day: figures of "
                    + "publications published on or before it.") String asOf,
            @Name("first") @DefaultValue("100") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        ObservationFilter filter = new ObservationFilter();
        filter.from = from;
        filter.to = to;
        filter.during = during;
        filter.asOf = asOf;
        ObservationCriteria criteria = ObservationFilterParser.parse(filter);
        List<String> keys = series.stream().map(s -> s.key).toList();
        return observations.findPerParent(ParentLink.SERIES, keys, criteria, paging.request(first, after));
    }

    private static SeriesCriteria criteria(SeriesFilter filter) {
        if (filter == null) {
            return new SeriesCriteria(Set.of(), Set.of(), Set.of(), Set.of());
        }
        return new SeriesCriteria(
                ObservationFilterParser.metrics(filter.metric),
                ObservationFilterParser.specialties(filter.specialty, Boolean.TRUE.equals(filter.includeDescendants)),
                ObservationFilterParser.geographies(filter.geography),
                ObservationFilterParser.populations(filter.population));
    }
}
