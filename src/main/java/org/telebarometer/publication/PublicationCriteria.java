package org.telebarometer.publication;

import java.time.LocalDate;
import java.util.Set;

/**
 * A checked selection of publications; an empty set or a null date does not filter.
 */
public record PublicationCriteria(Set<String> publishers, Set<String> sources, LocalDate publishedFrom,
        LocalDate publishedTo) {
}
