package org.telebarometer.series;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.Cursor;
import org.telebarometer.graphql.ErrorCode;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageRequest;

/**
 * The series' use cases: a page of the series matching some criteria, their count, one series by key.
 */
@ApplicationScoped
public class SeriesService {

    private static final String CURSOR_KIND = "series";

    public SeriesConnection find(SeriesCriteria criteria, PageRequest request) {
        String afterKey = request.after() == null ? null : Cursor.decode(request.after(), CURSOR_KIND, 1).part(0);
        List<Series> rows = Series.findMatching(criteria, afterKey, request.rowsToFetch());
        return new SeriesConnection(Page.of(rows, request, s -> Cursor.of(CURSOR_KIND, s.key)), criteria);
    }

    public long count(SeriesCriteria criteria) {
        return Series.countMatching(criteria);
    }

    /**
     * @return the series, or null when no figure was ever published for it
     * @throws ApiException {@link ErrorCode#INVALID_SERIES_KEY} when the key is not METRIC.SPECIALTY.GEOGRAPHY
     */
    public Series byKey(String key) {
        try {
            return Series.findById(SeriesKey.parse(key).toString());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.INVALID_SERIES_KEY, e.getMessage());
        }
    }
}
