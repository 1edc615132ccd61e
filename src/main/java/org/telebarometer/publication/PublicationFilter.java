package org.telebarometer.publication;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.AdaptToScalar;
import io.smallrye.graphql.api.Scalar;

@Input("PublicationFilter")
@Description("Selects publications. Every field given narrows the selection; within a list, any value matches.")
public class PublicationFilter {

    @Description("Codes of the publishing organisations, e.g. [\"MIND_HEALTH\"].")
    public List<@NonNull String> publisher;

    @Description("Codes of organisations whose figures the publication reports, e.g. [\"GERS_DATA\"].")
    public List<@NonNull String> source;

    @AdaptToScalar(Scalar.Date.class)
    @Description("Keeps publications published on or after this day. Publications of unknown date are then left out.")
    public String publishedFrom;

    @AdaptToScalar(Scalar.Date.class)
    @Description("Keeps publications published on or before this day. Publications of unknown date are then left out.")
    public String publishedTo;
}
