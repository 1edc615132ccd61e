package org.telebarometer.importing;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;

/**
 * A publication and all its figures: the shape of a dataset file under {@code dataset/publications} and of the
 * importPublication mutation. Fields are raw so that {@link PublicationValidator} reports every problem at once;
 * an unknown title, date or URL stays null.
 */
@RegisterForReflection
@Input("PublicationInput")
@Description("A publication and all its figures, as in a dataset file. Importing it again with the same content "
        + "changes nothing; with other content, it replaces the publication and its figures as one unit.")
public record PublicationInput(
        @Id @Description("Stable id: lower-case letters, digits and hyphens, e.g. cnam-2020-03-31.") String id,
        @Description("Code of the publishing organisation, e.g. MIND_HEALTH.") String publisher,
        @Description("Title as printed; omit when unknown.") String title,
        @AdaptToScalar(Scalar.Date.class) @Description("Date of publication; omit when unknown.") String publishedOn,
        @AdaptToScalar(Scalar.Date.class) @Description("Date of the last update shown by the document, if any.") String updatedOn,
        @Description("Authors as credited, in order.") List<String> authors,
        @Description("Language, ISO 639-1 (fr, en).") String language,
        @Description("Where the document can be read; omit when unknown.") String url,
        @Description("What is known beyond these fields (a date known to the month only...).") String note,
        @Description("Every figure of the publication.") List<ObservationInput> observations) {

    public PublicationInput {
        authors = authors == null ? List.of() : List.copyOf(authors);
        observations = observations == null ? List.of() : observations.stream().toList();
    }
}
