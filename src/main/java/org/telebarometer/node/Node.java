package org.telebarometer.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An object with an identity, as Relay's Global Object Identification and Apollo Client's cache want it: one
 * {@code id}, unique across every type, that {@code node(id:)} fetches again.
 */
@Interface("Node")
@Description("An object with an identity: its id is unique across every type, and node(id:) fetches it again. "
        + "Apollo Client normalises its cache by __typename and id; Relay refetches with node.")
public interface Node {

    /** What the id field says, on the interface and on every type that implements it. */
    String ID_DESCRIPTION = "Globally unique, opaque identifier: pass it to node(id:) or nodes(ids:). A publication's "
            + "and an observation's are their own ids; for the objects known by code, read code for the code.";

    @Id
    @NonNull
    @Description(ID_DESCRIPTION)
    String getId();
}
