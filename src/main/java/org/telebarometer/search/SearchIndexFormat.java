package org.telebarometer.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.util.Version;

/**
 * What a saved search index was made with, beyond the publications it holds: the code that turns an observation into a
 * document and its words into terms, and the labels of the reference data. An index saved with either different is
 * made again rather than trusted.
 */
final class SearchIndexFormat {

    /**
     * A digest of the classes that make and analyse the documents, and of Lucene's version: any change to them, even a
     * comment's, makes the next start index everything once. Computed when the class is initialized (for a native
     * executable, when it is built, where the class files are at hand); null when a class file cannot be read, and
     * then no saved index is trusted.
     */
    static final String CODE = codeDigest(List.of(SearchDocuments.class, SearchFields.class, SearchAnalyzers.class,
            SearchAnalyzers.FRENCH.getClass(), SearchAnalyzers.ENGLISH.getClass()));

    private SearchIndexFormat() {
    }

    /** A digest of the labels by key, in a fixed order. */
    static String labels(Map<String, String> english, Map<String, String> french) {
        MessageDigest digest = sha256();
        digest.update(new TreeMap<>(english).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(new TreeMap<>(french).toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String codeDigest(List<Class<?>> classes) {
        MessageDigest digest = sha256();
        digest.update(Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
        for (Class<?> type : classes) {
            String file = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    return null;
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                return null;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
