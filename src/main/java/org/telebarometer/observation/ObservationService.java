package org.telebarometer.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageRequest;

/**
 * Reads pages of observations with keyset pagination, and counts them.
 */
@ApplicationScoped
public class ObservationService {

    private final int maxAnalysed;

    public ObservationService(
            @ConfigProperty(name = "telebarometer.analysis.max-observations", defaultValue = "100000") int maxAnalysed) {
        this.maxAnalysed = maxAnalysed;
    }

    public ObservationConnection find(ObservationCriteria criteria, PageRequest request) {
        ObservationQuery query = ObservationQuery.matching(criteria).after(ObservationPosition.decode(request.after()));
        List<Observation> rows = Observation.<Observation> find("from Observation o where " + query.where()
                + " order by " + ObservationQuery.ORDER, query.parameters())
                .range(0, request.rowsToFetch() - 1)
                .list();
        return new ObservationConnection(Page.of(rows, request, ObservationPosition::cursor),
                CountScope.topLevel(criteria));
    }

    /**
     * Every observation of a selection, for an analysis that needs them all.
     *
     * @throws ApiException {@link ErrorCode#SELECTION_TOO_LARGE} when there are more than the configured maximum
     */
    public List<Observation> list(ObservationCriteria criteria) {
        ObservationQuery query = ObservationQuery.matching(criteria);
        List<Observation> rows = Observation.<Observation> find("from Observation o where " + query.where()
                + " order by " + ObservationQuery.ORDER, query.parameters())
                .range(0, maxAnalysed)
                .list();
        if (rows.size() > maxAnalysed) {
            throw new ApiException(ErrorCode.SELECTION_TOO_LARGE, "The selection holds more than " + maxAnalysed
                    + " observations: narrow it by metric, specialty, geography or dates.");
        }
        return rows;
    }

    /**
     * One page of observations for each parent (series or publication), read together: a window function numbers
     * each parent's rows so that a single statement returns at most {@code first + 1} of each.
     *
     * @return the connections, in the order of {@code parents}
     */
    public List<ObservationConnection> findPerParent(ParentLink link, List<String> parents, ObservationCriteria criteria,
            PageRequest request) {
        List<String> distinct = parents.stream().distinct().toList();
        ObservationQuery query = ObservationQuery.matching(criteria)
                .after(ObservationPosition.decode(request.after()))
                .within(link, distinct);
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        parameters.put("rows", (long) request.rowsToFetch());
        String parent = link.path("o");
        List<Observation> rows = Observation.<Observation> find("from Observation x where x.id in ("
                + "select r.id from (select o.id as id, row_number() over (partition by " + parent + " order by "
                + ObservationQuery.ORDER + ") as rn from Observation o where " + query.where() + ") r "
                + "where r.rn <= :rows) order by x.period.start, x.seriesKey, x.id", parameters)
                .list();
        Map<String, List<Observation>> byParent = rows.stream()
                .collect(Collectors.groupingBy(link::idOf, LinkedHashMap::new, Collectors.toList()));
        List<ObservationConnection> connections = new ArrayList<>();
        for (String id : parents) {
            Page<Observation> page = Page.of(byParent.getOrDefault(id, List.of()), request, ObservationPosition::cursor);
            connections.add(new ObservationConnection(page, new CountScope(criteria, link, id)));
        }
        return connections;
    }

    /**
     * The totalCount of each connection: one statement per distinct selection, nested connections of the same
     * field counted together with a group by.
     */
    public List<Integer> totalCounts(List<ObservationConnection> connections) {
        Map<CountScope, Integer> counts = new HashMap<>();
        Map<CountGroup, List<CountScope>> nestedGroups = new LinkedHashMap<>();
        for (ObservationConnection connection : connections) {
            CountScope scope = connection.countScope();
            if (scope.isNested()) {
                nestedGroups.computeIfAbsent(new CountGroup(scope.criteria(), scope.link()), g -> new ArrayList<>())
                        .add(scope);
            } else {
                counts.computeIfAbsent(scope, ObservationService::countTopLevel);
            }
        }
        nestedGroups.forEach((group, scopes) -> counts.putAll(countNested(group, scopes)));
        return connections.stream().map(c -> counts.getOrDefault(c.countScope(), 0)).toList();
    }

    private static int countTopLevel(CountScope scope) {
        ObservationQuery query = ObservationQuery.matching(scope.criteria());
        return Math.toIntExact(Observation.count("from Observation o where " + query.where(), query.parameters()));
    }

    private static Map<CountScope, Integer> countNested(CountGroup group, List<CountScope> scopes) {
        List<String> parents = scopes.stream().map(CountScope::parent).distinct().toList();
        ObservationQuery query = ObservationQuery.matching(group.criteria()).within(group.link(), parents);
        String parent = group.link().path("o");
        TypedQuery<Object[]> counting = Observation.getEntityManager().createQuery("select " + parent
                + ", count(o) from Observation o where " + query.where() + " group by " + parent, Object[].class);
        query.parameters().forEach(counting::setParameter);
        List<Object[]> rows = counting.getResultList();
        Map<String, Integer> byParent = rows.stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).intValue()));
        return scopes.stream().distinct()
                .collect(Collectors.toMap(scope -> scope, scope -> byParent.getOrDefault(scope.parent(), 0)));
    }

    private record CountGroup(ObservationCriteria criteria, ParentLink link) {
    }
}
