package org.telebarometer.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.Batches;
import org.telebarometer.graphql.Cursor;
import org.telebarometer.graphql.DateArguments;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageRequest;
import org.telebarometer.graphql.Paging;
import org.telebarometer.metric.Metric;
import org.telebarometer.observation.ObservationFilterParser;
import org.telebarometer.observation.ObservationFilter;
import org.telebarometer.period.DateRange;
import org.telebarometer.series.Series;
import org.telebarometer.series.SeriesKey;

import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;

@GraphQLApi
public class AnalysisApi {

    private final TimelineService timelines;
    private final DiscrepancyService discrepancies;
    private final Paging paging;

    public AnalysisApi(TimelineService timelines, DiscrepancyService discrepancies, Paging paging) {
        this.timelines = timelines;
        this.discrepancies = discrepancies;
        this.paging = paging;
    }

    @Query("timeline")
    @NonNull
    @Description("One series bucketed by week, month, quarter or year, by the metric's aggregation rule (see "
            + "Timeline.rule), with conflicts flagged, as levels or changes. Without from and to, the range is that of "
            + "the series' figures.")
    public Timeline timeline(
            @Name("metric") @NonNull @Description("Metric code, e.g. TELECONSULTATIONS.") String metric,
            @Name("specialty") @DefaultValue("ALL") @Description("Specialty code.") String specialty,
            @Name("geography") @DefaultValue("FR") @Description("Geography code.") String geography,
            @Name("population") @DefaultValue("ALL") @Description("Population code: ALL for everyone, or a group of "
                    + "people such as WOMEN.") String population,
            @Name("from") @AdaptToScalar(Scalar.Date.class) @Description("First day of the range; its bucket is the first point.") String from,
            @Name("to") @AdaptToScalar(Scalar.Date.class) @Description("Last day of the range; its bucket is the last point.") String to,
            @Name("during") @Description("A named period that bounds the range, e.g. FIRST_LOCKDOWN.") String during,
            @Name("granularity") @DefaultValue("MONTH") @Description("Size of the buckets.") TimelineGranularity granularity,
            @Name("source") @Description("Keep only figures produced by these organisations.") List<String> source,
            @Name("asOf") @AdaptToScalar(Scalar.Date.class) @Description("What was known on this day: only figures of "
                    + "publications published on or before it.") String asOf,
            @Name("transform") @DefaultValue("LEVEL") @Description("Level or change.") Transform transform) {
        SeriesKey key = new SeriesKey(
                single(ObservationFilterParser.metrics(List.of(metric))),
                single(ObservationFilterParser.specialties(List.of(specialty), false)),
                single(ObservationFilterParser.geographies(List.of(geography))),
                single(ObservationFilterParser.populations(List.of(population))));
        DateRange range = range(from, to, during);
        return timelines.timeline(new TimelineRequest(key, Metric.findById(key.metric()), range.from(), range.to(),
                granularity, ObservationFilterParser.organizations(source), DateArguments.parse("asOf", asOf),
                transform));
    }

    @Query("discrepancies")
    @NonNull
    @Description("Pairs of figures of the same series, for comparable periods, from different publications, whose "
            + "values cannot both be right given their qualifiers (APPROXIMATE allows 10 % either way; AT_LEAST and "
            + "AT_MOST are half-lines; RANGE is [low, high]). Totals compare the very same period; rates and levels "
            + "periods sharing at least half of the longer one.")
    public DiscrepancyConnection discrepancies(
            @Name("metric") @Description("Metric codes.") List<String> metric,
            @Name("specialty") @Description("Specialty codes.") List<String> specialty,
            @Name("includeDescendants") @DefaultValue("false") @Description("When true, a specialty also matches the "
                    + "specialties under it.") Boolean includeDescendants,
            @Name("geography") @Description("Geography codes.") List<String> geography,
            @Name("population") @Description("Population codes.") List<String> population,
            @Name("from") @AdaptToScalar(Scalar.Date.class) @Description("Keeps figures whose period ends on or after this day.") String from,
            @Name("to") @AdaptToScalar(Scalar.Date.class) @Description("Keeps figures whose period starts on or before this day.") String to,
            @Name("during") @Description("Keeps figures whose period overlaps this named period.") String during,
            @Name("asOf") @AdaptToScalar(Scalar.Date.class) @Description("What was known on this day.") String asOf,
            @Name("minRelativeGap") @DefaultValue("0") @Description("Keeps pairs whose relativeGap is at least this, "
                    + "e.g. 0.05 to skip differences of rounding.") Double minRelativeGap,
            @Name("first") @DefaultValue("100") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        if (minRelativeGap == null || minRelativeGap < 0 || minRelativeGap.isNaN()) {
            throw new ApiException(ErrorCode.INVALID_ARGUMENT, "minRelativeGap must be zero or more, e.g. 0.05.");
        }
        PageRequest request = paging.request(first, after);
        ObservationFilter filter = new ObservationFilter();
        filter.metric = metric;
        filter.specialty = specialty;
        filter.includeDescendants = includeDescendants;
        filter.geography = geography;
        filter.population = population;
        filter.from = from;
        filter.to = to;
        filter.during = during;
        filter.asOf = asOf;
        List<Discrepancy> all = discrepancies.find(ObservationFilterParser.parse(filter), minRelativeGap);
        return new DiscrepancyConnection(Page.of(after(all, request.after()), request, Discrepancy::cursor), all.size());
    }

    @NonNull
    @Description("The series both figures belong to.")
    public List<@NonNull Series> series(@Source List<Discrepancy> found) {
        return Batches.resolve(found, d -> d.first().seriesKey, Series.class);
    }

    @Description("The series, once a figure has been published for it; null otherwise.")
    public Series series(@Source Timeline timeline) {
        return Series.findById(timeline.seriesKey());
    }

    private static List<Discrepancy> after(List<Discrepancy> all, String after) {
        if (after == null) {
            return all;
        }
        Cursor cursor = Cursor.decode(after, Discrepancy.CURSOR_KIND, 4);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).cursor().equals(cursor)) {
                return all.subList(i + 1, all.size());
            }
        }
        throw Cursor.invalid(after);
    }

    /** The intersection of [from, to] and the named period; a null bound stays open. */
    private static DateRange range(String from, String to, String during) {
        DateRange given = ObservationFilterParser.dateRange(from, to);
        if (during == null) {
            return given;
        }
        DateRange named = ObservationFilterParser.namedPeriod(during);
        LocalDate start = given.from() == null || given.from().isBefore(named.from()) ? named.from() : given.from();
        LocalDate end = given.to() == null || given.to().isAfter(named.to()) ? named.to() : given.to();
        return start.isAfter(end) ? new DateRange(end, end) : new DateRange(start, end);
    }

    private static String single(Set<String> codes) {
        return codes.iterator().next();
    }
}
