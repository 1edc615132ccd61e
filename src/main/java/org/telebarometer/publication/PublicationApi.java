package org.telebarometer.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.graphql.Batches;
import org.telebarometer.graphql.Cursor;
import org.telebarometer.graphql.DateArguments;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.Paging;
import org.telebarometer.observation.ObservationConnection;
import org.telebarometer.observation.ObservationCriteria;
import org.telebarometer.observation.ObservationFilterParser;
import org.telebarometer.observation.ObservationService;
import org.telebarometer.observation.ParentLink;
import org.telebarometer.organization.Organization;

@GraphQLApi
public class PublicationApi {


    private final PublicationService publicationService;
    private final ObservationService observations;
    private final Paging paging;

    public PublicationApi(PublicationService publicationService, ObservationService observations, Paging paging) {
        this.publicationService = publicationService;
        this.observations = observations;
        this.paging = paging;
    }

    @Query("publications")
    @NonNull
    @Description("Publications, ordered by publication date (unknown dates last), then id.")
    public PublicationConnection publications(
            @Name("filter") @Description("Which publications; omit it for all.") PublicationFilter filter,
            @Name("first") @DefaultValue("100") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return publicationService.find(criteria(filter), paging.request(first, after));
    }

    @Query("publication")
    @Description("One publication by id; null when there is none.")
    public Publication publication(@Name("id") @NonNull @Id @Description("The publication's id, e.g. cnam-2020-03-31.") String id) {
        return publicationService.byId(id);
    }

    @Description("Number of publications in the whole selection, across all pages.")
    public int totalCount(@Source PublicationConnection connection) {
        return Math.toIntExact(publicationService.count(connection.criteria()));
    }

    @NonNull
    @Description("The organisation that published the document (a newspaper, an insurer...).")
    public List<@NonNull Organization> publisher(@Source List<Publication> publications) {
        return Batches.resolve(publications, p -> p.publisherCode, Organization.class);
    }

    @NonNull
    @Description("The organisations whose figures the publication reports, by code.")
    public List<@NonNull List<@NonNull Organization>> sources(@Source List<Publication> publications) {
        List<String> ids = publications.stream().map(p -> p.id).toList();
        Map<String, List<String>> codesById = observations.sourceCodesByPublication(ids);
        List<String> codes = codesById.values().stream().flatMap(List::stream).distinct().toList();
        List<Organization> organizations = Batches.resolve(codes, code -> code, Organization.class);
        Map<String, Organization> byCode = new LinkedHashMap<>();
        organizations.forEach(organization -> byCode.put(organization.code, organization));
        return ids.stream().map(id -> codesById.getOrDefault(id, List.of()).stream().map(byCode::get).toList()).toList();
    }

    @NonNull
    @Description("The figures read in this publication, ordered by period start, then series key.")
    public List<@NonNull ObservationConnection> observations(@Source List<Publication> publications,
            @Name("first") @DefaultValue("100") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        List<String> ids = publications.stream().map(p -> p.id).toList();
        return observations.findPerParent(ParentLink.PUBLICATION, ids, ObservationCriteria.all(),
                paging.request(first, after));
    }

    private static PublicationCriteria criteria(PublicationFilter filter) {
        if (filter == null) {
            return new PublicationCriteria(Set.of(), Set.of(), null, null);
        }
        LocalDate from = DateArguments.parse("publishedFrom", filter.publishedFrom);
        LocalDate to = DateArguments.parse("publishedTo", filter.publishedTo);
        DateArguments.requireOrdered(from, to);
        return new PublicationCriteria(ObservationFilterParser.organizations(filter.publisher),
                ObservationFilterParser.organizations(filter.source), from, to);
    }
}
