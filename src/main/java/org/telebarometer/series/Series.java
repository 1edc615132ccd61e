package org.telebarometer.series;

import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.telebarometer.node.Node;
import org.telebarometer.node.NodeId;
import org.telebarometer.node.NodeType;
import org.telebarometer.query.Where;

/**
 * A metric for one specialty in one geography, about one population (everyone, unless the key names a group). A
 * series never changes once created: only its observations do.
 * <p>
 * Links to reference data are kept as codes; the GraphQL API resolves them in batches.
 */
@Entity
@Table(name = "series")
@Cacheable
@org.hibernate.annotations.Immutable
@Description("A metric for one specialty in one geography, about everyone or one group of people, e.g. "
        + "TELECONSULTATIONS.GENERAL_PRACTICE.FR or POPULATION_USE_SHARE.ALL.FR.AGED_18_29: the line of a chart. Its "
        + "observations are the values published for it.")
public class Series extends PanacheEntityBase implements Node {

    @jakarta.persistence.Id
    @Column(name = "series_key")
    @NonNull
    @Description("Stable key METRIC.SPECIALTY.GEOGRAPHY, with .POPULATION when the series is about a group of "
            + "people.")
    public String key;

    @Column(name = "metric_code", nullable = false)
    @Ignore
    public String metricCode;

    @Column(name = "specialty_code", nullable = false)
    @Ignore
    public String specialtyCode;

    @Column(name = "geography_code", nullable = false)
    @Ignore
    public String geographyCode;

    @Column(name = "population_code", nullable = false)
    @Ignore
    public String populationCode;

    @Override
    @Id
    @NonNull
    @Description(Node.ID_DESCRIPTION)
    public String getId() {
        return NodeId.of(NodeType.Series, key);
    }

    public static Series of(SeriesKey key) {
        Series series = new Series();
        series.key = key.toString();
        series.metricCode = key.metric();
        series.specialtyCode = key.specialty();
        series.geographyCode = key.geography();
        series.populationCode = key.population();
        return series;
    }

    public static List<Series> findByKeys(List<String> keys) {
        return list("key in ?1", keys);
    }

    /** Series matching the criteria whose key comes after {@code afterKey} (null for the first), by key. */
    public static List<Series> findMatching(SeriesCriteria criteria, String afterKey, int limit) {
        Where where = where(criteria).andIfSet("key > :afterKey", "afterKey", afterKey);
        return Series.<Series> find(where.text() + " order by key", where.parameters()).range(0, limit - 1).list();
    }

    public static long countMatching(SeriesCriteria criteria) {
        Where where = where(criteria);
        return count(where.text(), where.parameters());
    }

    private static Where where(SeriesCriteria criteria) {
        return new Where().in("metricCode", "metrics", criteria.metrics())
                .in("specialtyCode", "specialties", criteria.specialties())
                .in("geographyCode", "geographies", criteria.geographies())
                .in("populationCode", "populations", criteria.populations());
    }
}
