package org.telebarometer.geography;

import org.eclipse.microprofile.graphql.Description;

@Description("The administrative level of a geography.")
public enum GeographyLevel {
    @Description("A whole country.")
    COUNTRY,
    @Description("A part of a country that is not an administrative division, such as metropolitan France.")
    COUNTRY_PART,
    @Description("A region.")
    REGION,
    @Description("A French département.")
    DEPARTMENT,
    @Description("Every area of one kind across the country (rural territories, large urban centres, Zones "
            + "d'Intervention Prioritaire), not one place.")
    AREA_KIND
}
