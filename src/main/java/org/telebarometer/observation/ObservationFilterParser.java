package org.telebarometer.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.telebarometer.geography.Geography;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.CodeLookup;
import org.telebarometer.graphql.DateArguments;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.metric.Metric;
import org.telebarometer.organization.Organization;
import org.telebarometer.period.DateRange;
import org.telebarometer.period.NamedPeriod;
import org.telebarometer.population.Population;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.SeriesKey;
import org.telebarometer.specialty.Specialty;

/**
 * Turns the filter a client sent into {@link ObservationCriteria}, or a coded error naming what to fix.
 */
public final class ObservationFilterParser {

    private ObservationFilterParser() {
    }

    public static ObservationCriteria parse(ObservationFilter filter) {
        if (filter == null) {
            return ObservationCriteria.all();
        }
        Set<String> specialties = specialties(filter.specialty, Boolean.TRUE.equals(filter.includeDescendants));
        List<DateRange> ranges = new ArrayList<>();
        ranges.add(dateRange(filter.from, filter.to));
        if (filter.during != null) {
            ranges.add(namedPeriod(filter.during));
        }
        return new ObservationCriteria(
                metrics(filter.metric),
                specialties,
                geographies(filter.geography),
                populations(filter.population),
                seriesKeys(filter.series),
                organizations(filter.source),
                organizations(filter.publisher),
                publications(filter.publication),
                ranges,
                qualifiers(filter.qualifier),
                DateArguments.parse("asOf", filter.asOf));
    }

    private static Set<Qualifier> qualifiers(List<Qualifier> qualifiers) {
        CodeLookup.requireFew(qualifiers, "qualifier");
        return qualifiers == null ? Set.of() : Set.copyOf(qualifiers);
    }

    /** Parses and checks the {@code from} and {@code to} arguments of any field. */
    public static DateRange dateRange(String fromText, String toText) {
        LocalDate from = DateArguments.parse("from", fromText);
        LocalDate to = DateArguments.parse("to", toText);
        DateArguments.requireOrdered(from, to);
        return new DateRange(from, to);
    }

    public static DateRange namedPeriod(String code) {
        NamedPeriod period = NamedPeriod.findById(code.strip());
        if (period == null) {
            throw new ApiException(ErrorCode.UNKNOWN_NAMED_PERIOD, "Unknown named period '" + code + "'. Known named "
                    + "periods: " + String.join(", ", NamedPeriod.listByStart().stream().map(p -> p.code).toList()) + ".");
        }
        return new DateRange(period.start, period.end);
    }

    public static Set<String> metrics(List<String> codes) {
        return CodeLookup.requireKnown(codes, Metric.class, ErrorCode.UNKNOWN_METRIC, "metric",
                () -> Metric.listByCode().stream().map(m -> m.code).toList());
    }

    public static Set<String> specialties(List<String> codes, boolean includeDescendants) {
        Set<String> known = CodeLookup.requireKnown(codes, Specialty.class, ErrorCode.UNKNOWN_SPECIALTY, "specialty",
                () -> Specialty.listByCode().stream().map(s -> s.code).toList());
        return includeDescendants && !known.isEmpty() ? Set.copyOf(Specialty.withDescendants(known)) : known;
    }

    public static Set<String> geographies(List<String> codes) {
        return CodeLookup.requireKnown(codes, Geography.class, ErrorCode.UNKNOWN_GEOGRAPHY, "geography",
                () -> Geography.listByCode().stream().map(g -> g.code).toList());
    }

    public static Set<String> populations(List<String> codes) {
        return CodeLookup.requireKnown(codes, Population.class, ErrorCode.UNKNOWN_POPULATION, "population",
                () -> Population.listByCode().stream().map(p -> p.code).toList());
    }

    public static Set<String> organizations(List<String> codes) {
        return CodeLookup.requireKnown(codes, Organization.class, ErrorCode.UNKNOWN_ORGANIZATION, "organization",
                () -> Organization.listByCode().stream().map(o -> o.code).toList());
    }

    private static Set<String> publications(List<String> ids) {
        return CodeLookup.requireKnown(ids, Publication.class, ErrorCode.UNKNOWN_PUBLICATION, "publication",
                () -> Publication.<Publication> streamAll().map(p -> p.id).toList());
    }

    /** Series keys whose metric, specialty, geography and population all exist. */
    private static Set<String> seriesKeys(List<String> keys) {
        if (keys == null) {
            return Set.of();
        }
        CodeLookup.requireFew(keys, "series key");
        List<SeriesKey> parsed;
        try {
            parsed = keys.stream().map(SeriesKey::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.INVALID_SERIES_KEY, e.getMessage());
        }
        metrics(parsed.stream().map(SeriesKey::metric).toList());
        specialties(parsed.stream().map(SeriesKey::specialty).toList(), false);
        geographies(parsed.stream().map(SeriesKey::geography).toList());
        populations(parsed.stream().map(SeriesKey::population).toList());
        return Set.copyOf(parsed.stream().map(SeriesKey::toString).toList());
    }
}
