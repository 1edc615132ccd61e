package org.telebarometer.observation;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.telebarometer.graphql.Batches;
import org.telebarometer.graphql.Paging;
import org.telebarometer.organization.Organization;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.Series;

@GraphQLApi
public class ObservationApi {

    private final ObservationService observations;
    private final Paging paging;

    public ObservationApi(ObservationService observations, Paging paging) {
        this.observations = observations;
        this.paging = paging;
    }

    @Query("observations")
    @NonNull
    @Description("Published values, sliced by metric, specialty, geography, source, publisher, publication, dates, "
            + "named period and qualifier; ordered by period start, then series key.")
    public ObservationConnection observations(
            @Name("filter") @Description("What to select; omit it to select everything.") ObservationFilter filter,
            @Name("first") @DefaultValue("100") @Description("Page size, at most 500.") Integer first,
            @Name("after") @Description("Cursor after which the page starts: the endCursor of the previous page.") String after) {
        return observations.find(ObservationFilterParser.parse(filter), paging.request(first, after));
    }

    @Query("observation")
    @Description("One observation by id; null when there is none.")
    public Observation observation(@Name("id") @NonNull @Id @Description("The observation's id.") String id) {
        return Observation.findById(id);
    }

    @NonNull
    @Description("Number of observations in the whole selection, across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<ObservationConnection> connections) {
        return observations.totalCounts(connections);
    }

    @NonNull
    @Description("The series the value belongs to: metric, specialty and geography.")
    public List<@NonNull Series> series(@Source List<Observation> page) {
        return Batches.resolve(page, o -> o.seriesKey, Series.class);
    }

    @NonNull
    @Description("The organisation that produced the figure (e.g. Assurance Maladie), which may differ from the "
            + "publisher of the publication it was read in.")
    public List<@NonNull Organization> source(@Source List<Observation> page) {
        return Batches.resolve(page, o -> o.sourceCode, Organization.class);
    }

    @NonNull
    @Description("The publication the figure was read in.")
    public List<@NonNull Publication> publication(@Source List<Observation> page) {
        return Batches.resolve(page, o -> o.publicationId, Publication.class);
    }
}
