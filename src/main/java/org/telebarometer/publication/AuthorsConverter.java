package org.telebarometer.publication;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a publication's authors in one column, separated by semicolons (names never contain one).
 */
@Converter
public class AuthorsConverter implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "; ";

    @Override
    public String convertToDatabaseColumn(List<String> authors) {
        return authors == null || authors.isEmpty() ? null : String.join(SEPARATOR, authors);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split(";")).map(String::trim).toList();
    }
}
