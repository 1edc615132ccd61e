package org.telebarometer.node;

import org.telebarometer.geography.Geography;
import org.telebarometer.metric.Metric;
import org.telebarometer.observation.Observation;
import org.telebarometer.organization.Organization;
import org.telebarometer.period.NamedPeriod;
import org.telebarometer.population.Population;
import org.telebarometer.publication.Publication;
import org.telebarometer.series.Series;
import org.telebarometer.specialty.Specialty;

/** The types that implement Node, each with its entity; named as their GraphQL types. */
public enum NodeType {
    Metric(Metric.class, true),
    Specialty(Specialty.class, true),
    Geography(Geography.class, true),
    Population(Population.class, true),
    Organization(Organization.class, true),
    NamedPeriod(NamedPeriod.class, true),
    Series(Series.class, true),
    Publication(Publication.class, false),
    Observation(Observation.class, false);

    private final Class<? extends Node> entity;
    private final boolean encoded;

    NodeType(Class<? extends Node> entity, boolean encoded) {
        this.entity = entity;
        this.encoded = encoded;
    }

    Class<? extends Node> entity() {
        return entity;
    }

    /** Whether its global id is encoded ({@link NodeId#of}) rather than its own id. */
    boolean encoded() {
        return encoded;
    }

    static NodeType byName(String name) {
        for (NodeType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
