package org.telebarometer.observation;

import org.eclipse.microprofile.graphql.Description;

@Description("How the published wording qualifies a value.")
public enum Qualifier {
    @Description("Stated as is (\"486 369 téléconsultations\"), including round figures printed without a qualifier.")
    EXACT,
    @Description("\"près de\", \"environ\", \"autour de\", \"nearly\": value is an approximation.")
    APPROXIMATE,
    @Description("\"plus de\", \"more than\": value is a lower bound.")
    AT_LEAST,
    @Description("\"moins de\", \"à peine\", \"jusqu'à\": value is an upper bound.")
    AT_MOST,
    @Description("\"entre 25 et 27 %\": low and high give the bounds, value is their midpoint.")
    RANGE
}
