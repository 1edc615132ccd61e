package org.telebarometer.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.telebarometer.graphql.Cursor;
import org.telebarometer.graphql.Page;
import org.telebarometer.graphql.PageRequest;

/**
 * The publications' use cases: a page of the publications matching some criteria (by publication date, unknown dates
 * last, then id), their count, one publication by id.
 */
@ApplicationScoped
public class PublicationService {

    private static final String CURSOR_KIND = "publication";

    public PublicationConnection find(PublicationCriteria criteria, PageRequest request) {
        Cursor position = request.after() == null ? null : Cursor.decode(request.after(), CURSOR_KIND, 2);
        List<Publication> rows = Publication.findMatching(criteria, position == null ? null : date(position),
                position == null ? null : position.part(1), request.rowsToFetch());
        return new PublicationConnection(Page.of(rows, request,
                p -> Cursor.of(CURSOR_KIND, p.orderDate().toString(), p.id)), criteria);
    }

    public long count(PublicationCriteria criteria) {
        return Publication.countMatching(criteria);
    }

    /** @return the publication, or null when there is none */
    public Publication byId(String id) {
        return Publication.findById(id);
    }

    private static LocalDate date(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.part(0));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid(cursor.encode());
        }
    }
}
