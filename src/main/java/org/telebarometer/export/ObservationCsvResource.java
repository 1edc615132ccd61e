package org.telebarometer.export;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.language.Language;
import org.telebarometer.observation.ObservationFilter;
import org.telebarometer.observation.ObservationFilterParser;
import org.telebarometer.observation.Qualifier;
import org.telebarometer.security.Editors;

/**
 * {@code GET /api/observations.csv}: the observations the GraphQL {@code observations(filter:)} field selects, as
 * one CSV file, for scripts and spreadsheets. The query parameters are the filter's fields; a list is given by
 * repeating the parameter or with commas ({@code specialty=GENERAL_PRACTICE,SPECIALISTS}). {@code lang=fr} writes the
 * label columns in French (codes do not change); without it, the Accept-Language header decides.
 */
@Path("/api/observations.csv")
public class ObservationCsvResource {

    static final String CSV = "text/csv;charset=UTF-8";

    private final ObservationExport export;
    private final Editors editors;

    public ObservationCsvResource(ObservationExport export, Editors editors) {
        this.export = export;
        this.editors = editors;
    }

    @GET
    @Produces(CSV)
    public Response csv(@RestQuery List<String> metric, @RestQuery List<String> specialty,
            @RestQuery String includeDescendants, @RestQuery List<String> geography, @RestQuery List<String> population,
            @RestQuery List<String> series,
            @RestQuery List<String> source, @RestQuery List<String> publisher, @RestQuery List<String> publication,
            @RestQuery String from, @RestQuery String to, @RestQuery String during,
            @RestQuery List<String> qualifier, @RestQuery String asOf, @RestQuery String sort, @RestQuery String lang,
            @RestHeader("Accept-Language") String acceptLanguage) {
        editors.refuseInvalidCredentials();
        ObservationFilter filter = new ObservationFilter();
        filter.metric = split(metric);
        filter.specialty = split(specialty);
        filter.includeDescendants = bool("includeDescendants", includeDescendants);
        filter.geography = split(geography);
        filter.population = split(population);
        filter.series = split(series);
        filter.source = split(source);
        filter.publisher = split(publisher);
        filter.publication = split(publication);
        filter.from = blankToNull(from);
        filter.to = blankToNull(to);
        filter.during = blankToNull(during);
        filter.qualifier = qualifiers(split(qualifier));
        filter.asOf = blankToNull(asOf);
        Language language = language(lang, acceptLanguage);
        StreamingOutput body = export.csv(ObservationFilterParser.parse(filter), ObservationSort.parse(sort), language);
        return Response.ok(body, CSV).header("Content-Language", language.tag()).header("Vary", "Accept-Language")
                .header("Content-Disposition", "attachment; filename=\"telebarometer-observations.csv\"")
                .build();
    }

    /** The language of the label columns: {@code lang} (fr or en), else the Accept-Language header's. */
    private static Language language(String lang, String acceptLanguage) {
        if (lang == null || lang.isBlank()) {
            return Language.ofAcceptLanguage(acceptLanguage);
        }
        Language named = Language.ofTag(lang);
        if (named == null) {
            throw new ApiException(ErrorCode.INVALID_ARGUMENT, "lang must be fr or en (got \"" + lang + "\").");
        }
        return named;
    }

    private static List<String> split(List<String> values) {
        return values == null ? null : values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiException(ErrorCode.INVALID_ARGUMENT, name + " must be true or false (got \""
                    + value + "\").");
        };
    }

    private static List<Qualifier> qualifiers(List<String> names) {
        return names == null ? null : names.stream().map(ObservationCsvResource::qualifier).toList();
    }

    private static Qualifier qualifier(String name) {
        return Arrays.stream(Qualifier.values()).filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_ARGUMENT, "Unknown qualifier \"" + name
                        + "\": use " + Arrays.toString(Qualifier.values()) + "."));
    }
}
