package org.telebarometer.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.TelebarometerConfig;
import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageRequest;

/**
 * The observations' use cases: pages with keyset pagination (top level, or one per series or publication), their
 * counts, the whole of a selection for an analysis. The statements are {@link ObservationReads}'.
 */
@ApplicationScoped
public class ObservationService {

    private final int maxAnalysed;
    private final ObservationReads reads;

    public ObservationService(TelebarometerConfig config, ObservationReads reads) {
        this.maxAnalysed = config.analysis().maxObservations();
        this.reads = reads;
    }

    public ObservationConnection find(ObservationCriteria criteria, PageRequest request) {
        ObservationQuery query = ObservationQuery.matching(criteria).after(ObservationPosition.decode(request.after()));
        List<Observation> rows = reads.firstRows(query, request.rowsToFetch());
        return new ObservationConnection(Page.of(rows, request, ObservationPosition::cursor),
                CountScope.topLevel(criteria));
    }

    /**
     * Every observation of a selection, for an analysis that needs them all.
     *
     * @throws ApiException {@link ErrorCode#SELECTION_TOO_LARGE} when there are more than the configured maximum
     */
    public List<Observation> list(ObservationCriteria criteria) {
        List<Observation> rows = reads.all(ObservationQuery.matching(criteria), maxAnalysed + 1);
        if (rows.size() > maxAnalysed) {
            throw new ApiException(ErrorCode.SELECTION_TOO_LARGE, "The selection holds more than " + maxAnalysed
                    + " observations: narrow it by metric, specialty, geography or dates.");
        }
        return rows;
    }

    /**
     * The series of the selection where two figures overlap in time: the only ones that can hold a discrepancy (the
     * caller checks that the two come from different publications).
     *
     * @return a set of the caller's own, which it may change
     */
    public Set<String> seriesWithOverlaps(ObservationCriteria criteria) {
        Map<String, PeriodList> periods = new HashMap<>();
        reads.eachPeriod(ObservationQuery.matching(criteria),
                (series, start, end) -> periods.computeIfAbsent(series, key -> new PeriodList()).add(start, end));
        Set<String> found = new HashSet<>();
        periods.forEach((series, list) -> {
            if (list.overlap()) {
                found.add(series);
            }
        });
        return found;
    }

    /** The codes of the organisations whose figures each publication reports, in code order, by publication id. */
    public Map<String, List<String>> sourceCodesByPublication(List<String> publicationIds) {
        return reads.sourceCodesByPublication(publicationIds);
    }

    /**
     * One page of observations for each parent (series or publication), read together.
     *
     * @return the connections, in the order of {@code parents}
     */
    public List<ObservationConnection> findPerParent(ParentLink link, List<String> parents, ObservationCriteria criteria,
            PageRequest request) {
        List<String> distinct = parents.stream().distinct().toList();
        ObservationQuery query = ObservationQuery.matching(criteria)
                .after(ObservationPosition.decode(request.after()))
                .within(link, distinct);
        List<Observation> rows = distinct.size() == 1
                ? reads.rowsOfOneParent(query, request.rowsToFetch())
                : reads.firstRowsOfEach(link, query, request.rowsToFetch());
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
                counts.computeIfAbsent(scope, top -> reads.count(ObservationQuery.matching(top.criteria())));
            }
        }
        nestedGroups.forEach((group, scopes) -> counts.putAll(countNested(group, scopes)));
        return connections.stream().map(c -> counts.getOrDefault(c.countScope(), 0)).toList();
    }

    private Map<CountScope, Integer> countNested(CountGroup group, List<CountScope> scopes) {
        List<String> parents = scopes.stream().map(CountScope::parent).distinct().toList();
        Map<String, Integer> byParent = reads.countPerParent(group.link(),
                ObservationQuery.matching(group.criteria()).within(group.link(), parents));
        return scopes.stream().distinct()
                .collect(Collectors.toMap(scope -> scope, scope -> byParent.getOrDefault(scope.parent(), 0)));
    }

    private record CountGroup(ObservationCriteria criteria, ParentLink link) {
    }
}
