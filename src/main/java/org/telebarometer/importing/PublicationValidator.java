package org.telebarometer.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.metric.MetricUnit;
import org.telebarometer.observation.Observation;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.period.InvalidPeriodException;
import org.telebarometer.period.Period;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.SeriesKey;

/**
 * Checks a whole publication input and reports every problem at once, or returns it parsed.
 */
public final class PublicationValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** No limit on the number of observations. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final ReferenceCodes codes;
    private final List<ImportProblem> problems = new ArrayList<>();

    private PublicationValidator(ReferenceCodes codes) {
        this.codes = codes;
    }

    /**
     * @throws InvalidPublicationException listing every problem, when there is at least one
     */
    public static ValidatedPublication validate(PublicationInput input, ReferenceCodes codes) {
        return validate(input, codes, UNLIMITED);
    }

    /**
     * @param maxObservations the most observations a publication may hold
     * @throws InvalidPublicationException listing every problem, when there is at least one
     */
    public static ValidatedPublication validate(PublicationInput input, ReferenceCodes codes, int maxObservations) {
        PublicationValidator validator = new PublicationValidator(codes);
        if (input.observations().size() > maxObservations) {
            validator.problem("observations", ErrorCode.TOO_MANY_OBSERVATIONS, "A publication may hold at most "
                    + maxObservations + " observations (got " + input.observations().size() + "): split it.");
            throw validator.failure(input.id());
        }
        ValidatedPublication publication = validator.publication(input);
        if (!validator.problems.isEmpty()) {
            throw validator.failure(input.id());
        }
        return publication;
    }

    /**
     * Checks one figure on its own, as a correction to an existing publication.
     *
     * @param path where the figure stands in the request, for the problems' paths
     * @throws InvalidPublicationException listing every problem, when there is at least one
     */
    public static ValidatedObservation validateObservation(String publicationId, String path, ObservationInput input,
            ReferenceCodes codes) {
        PublicationValidator validator = new PublicationValidator(codes);
        ValidatedObservation observation = validator.observation(path, input);
        if (observation == null) {
            throw validator.failure(publicationId);
        }
        return observation;
    }

    private InvalidPublicationException failure(String publicationId) {
        return new InvalidPublicationException(publicationId == null ? "(no id)" : publicationId, problems);
    }

    private ValidatedPublication publication(PublicationInput input) {
        if (input.id() == null || !ID.matcher(input.id()).matches()) {
            problem("id", ErrorCode.INVALID_ID, "An id is required: lower-case letters, digits and hyphens, at most 100 "
                    + "characters, e.g. cnam-2020-03-31 (got '" + input.id() + "').");
        }
        requireOrganization("publisher", input.publisher());
        LocalDate publishedOn = date("publishedOn", input.publishedOn());
        LocalDate updatedOn = date("updatedOn", input.updatedOn());
        if (publishedOn != null && updatedOn != null && updatedOn.isBefore(publishedOn)) {
            problem("updatedOn", ErrorCode.INVALID_DATE_RANGE, "updatedOn (" + updatedOn + ") is before publishedOn ("
                    + publishedOn + ").");
        }
        if (input.language() != null && !LANGUAGE.matcher(input.language()).matches()) {
            problem("language", ErrorCode.INVALID_LANGUAGE, "language must be a two-letter ISO 639-1 code such as fr "
                    + "(got '" + input.language() + "').");
        }
        if (input.observations().isEmpty()) {
            problem("observations", ErrorCode.MISSING_FIELD, "A publication needs at least one observation.");
        }
        texts(input);
        List<ValidatedObservation> observations = observations(input);
        return new ValidatedPublication(input.id(), input.publisher(), blankToNull(input.title()), publishedOn,
                updatedOn, input.authors(), input.language(), blankToNull(input.url()), blankToNull(input.note()),
                observations);
    }

    /** Texts within their columns, and a URL a reader can follow safely. */
    private void texts(PublicationInput input) {
        add(TextLimits.check("title", input.title(), Publication.class, "title"));
        add(TextLimits.check("url", input.url(), Publication.class, "url"));
        add(TextLimits.check("note", input.note(), Publication.class, "note"));
        problems.addAll(TextLimits.checkList("authors", input.authors(), Publication.class, "authors"));
        add(WebAddress.check("url", input.url()));
    }

    private List<ValidatedObservation> observations(PublicationInput input) {
        List<ValidatedObservation> result = new ArrayList<>();
        Map<String, Integer> firstIndexById = new HashMap<>();
        for (int i = 0; i < input.observations().size(); i++) {
            String path = "observations[" + i + "]";
            ValidatedObservation observation = observation(path, input.observations().get(i));
            if (observation == null) {
                continue;
            }
            Integer first = firstIndexById.putIfAbsent(observation.idIn(String.valueOf(input.id())), i);
            if (first != null) {
                problem(path, ErrorCode.DUPLICATE_OBSERVATION, "Same series, period and value as observations[" + first
                        + "]: remove one of them.");
            }
            result.add(observation);
        }
        return result;
    }

    private ValidatedObservation observation(String path, ObservationInput input) {
        if (input == null) {
            problem(path, ErrorCode.MISSING_FIELD, "An observation is required here.");
            return null;
        }
        int before = problems.size();
        SeriesKey series = seriesKey(path + ".series", input.series());
        Period period = period(path + ".period", input.period());
        if (input.qualifier() == null) {
            problem(path + ".qualifier", ErrorCode.MISSING_FIELD,
                    "A qualifier is required: EXACT, APPROXIMATE, AT_LEAST, AT_MOST or RANGE.");
        }
        Double value = value(path, input);
        MetricUnit unit = series == null ? null : codes.metricUnits().get(series.metric());
        checkUnit(path + ".value", unit, value);
        checkUnit(path + ".low", unit, input.low());
        checkUnit(path + ".high", unit, input.high());
        requireOrganization(path + ".source", input.source());
        if (input.quote() == null || input.quote().isBlank()) {
            problem(path + ".quote", ErrorCode.MISSING_FIELD,
                    "The verbatim sentence the figure was read from is required.");
        }
        add(TextLimits.check(path + ".quote", input.quote(), Observation.class, "quote"));
        add(TextLimits.check(path + ".note", input.note(), Observation.class, "note"));
        if (problems.size() > before) {
            return null;
        }
        return new ValidatedObservation(series, period, value, input.low(), input.high(), input.qualifier(),
                input.source(), input.quote().strip(), blankToNull(input.note()));
    }

    private Double value(String path, ObservationInput input) {
        if (input.qualifier() != Qualifier.RANGE) {
            if (input.low() != null || input.high() != null) {
                problem(path, ErrorCode.INVALID_RANGE, "low and high are only for a RANGE: use qualifier RANGE or "
                        + "remove them.");
            }
            if (input.value() == null) {
                problem(path + ".value", ErrorCode.MISSING_FIELD, "A value is required.");
            }
            return input.value();
        }
        if (input.low() == null || input.high() == null) {
            problem(path, ErrorCode.INVALID_RANGE, "A RANGE needs both low and high.");
            return null;
        }
        if (input.low() > input.high()) {
            problem(path, ErrorCode.INVALID_RANGE, "low (" + input.low() + ") is above high (" + input.high() + ").");
            return null;
        }
        if (input.value() != null && (input.value() < input.low() || input.value() > input.high())) {
            problem(path + ".value", ErrorCode.INVALID_RANGE, "The value of a RANGE must lie between low and high, or "
                    + "be omitted to take the midpoint.");
            return null;
        }
        return input.value() != null ? input.value() : (input.low() + input.high()) / 2;
    }

    private void checkUnit(String path, MetricUnit unit, Double number) {
        if (unit == null || number == null) {
            return;
        }
        if (number.isNaN() || number.isInfinite()) {
            problem(path, ErrorCode.VALUE_OUT_OF_RANGE, "A value must be a finite number.");
        } else if (unit == MetricUnit.PERCENT && (number < 0 || number > 100)) {
            problem(path, ErrorCode.VALUE_OUT_OF_RANGE, "A percentage must lie between 0 and 100 (got " + number + ").");
        } else if ((unit == MetricUnit.COUNT || unit == MetricUnit.EUR || unit == MetricUnit.DAYS) && number < 0) {
            problem(path, ErrorCode.VALUE_OUT_OF_RANGE, "A count, an amount or a duration cannot be negative (got " + number
                    + ").");
        } else if (unit == MetricUnit.PERCENT_CHANGE && number < -100) {
            problem(path, ErrorCode.VALUE_OUT_OF_RANGE, "A change cannot be a decrease of more than 100 % (got " + number
                    + ").");
        }
    }

    private SeriesKey seriesKey(String path, String text) {
        SeriesKey key;
        try {
            key = SeriesKey.parse(text);
        } catch (IllegalArgumentException e) {
            problem(path, ErrorCode.INVALID_SERIES_KEY, e.getMessage());
            return null;
        }
        int before = problems.size();
        if (!codes.metricUnits().containsKey(key.metric())) {
            problem(path, ErrorCode.UNKNOWN_METRIC, "Unknown metric '" + key.metric() + "'. Known: "
                    + String.join(", ", sorted(codes.metricUnits().keySet())) + ".");
        }
        if (!codes.specialties().contains(key.specialty())) {
            problem(path, ErrorCode.UNKNOWN_SPECIALTY, "Unknown specialty '" + key.specialty() + "'. Known: "
                    + String.join(", ", sorted(codes.specialties())) + ".");
        }
        if (!codes.geographies().contains(key.geography())) {
            problem(path, ErrorCode.UNKNOWN_GEOGRAPHY, "Unknown geography '" + key.geography() + "'. Known: "
                    + String.join(", ", sorted(codes.geographies())) + ".");
        }
        if (!codes.populations().contains(key.population())) {
            problem(path, ErrorCode.UNKNOWN_POPULATION, "Unknown population '" + key.population() + "'. Known: "
                    + String.join(", ", sorted(codes.populations())) + ".");
        }
        return problems.size() > before ? null : key;
    }

    private Period period(String path, String text) {
        try {
            return Period.parse(text);
        } catch (InvalidPeriodException e) {
            problem(path, ErrorCode.INVALID_PERIOD, e.getMessage());
            return null;
        }
    }

    private LocalDate date(String path, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problem(path, ErrorCode.INVALID_DATE, "Write an ISO-8601 date such as 2020-03-31 (got '" + text + "').");
            return null;
        }
    }

    private void requireOrganization(String path, String code) {
        if (code == null || code.isBlank()) {
            problem(path, ErrorCode.MISSING_FIELD, "An organisation code is required, e.g. ASSURANCE_MALADIE.");
        } else if (!codes.organizations().contains(code)) {
            problem(path, ErrorCode.UNKNOWN_ORGANIZATION, "Unknown organisation '" + code + "'. Known: "
                    + String.join(", ", sorted(codes.organizations())) + ".");
        }
    }

    private void add(ImportProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private void problem(String path, ErrorCode code, String message) {
        problems.add(new ImportProblem(path, code, message));
    }

    private static List<String> sorted(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
