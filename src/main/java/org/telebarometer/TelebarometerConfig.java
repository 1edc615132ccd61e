package org.telebarometer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Every setting of telebarometer, with its default: {@code telebarometer.*} in application.properties, or the same
 * name upper-cased with underscores in the environment ({@code TELEBAROMETER_GRAPHQL_MAX_PAGE_SIZE}).
 */
@ConfigMapping(prefix = "telebarometer")
public interface TelebarometerConfig {

    /**
     * Where the embedded H2 database keeps its file, and the search index its saved copy: an absolute path, or one
     * starting with {@code ./}.
     */
    @WithDefault("./data")
    String dataDir();

    GraphQL graphql();

    Cache cache();

    Analysis analysis();

    Search search();

    Dataset dataset();

    @WithName("import")
    Import importing();

    Cors cors();

    /** What one GraphQL request may ask and take. */
    interface GraphQL {

        /** Page size when a connection's {@code first} is not given. */
        @WithDefault("100")
        int defaultPageSize();

        /** Largest {@code first} a client may ask. */
        @WithDefault("500")
        int maxPageSize();

        /** Deepest nesting of fields (GraphiQL's introspection query needs 13). */
        @WithDefault("15")
        int maxQueryDepth();

        /** Most fields a query may return in all, each list multiplying what is under it (see README, Limits). */
        @WithDefault("25000")
        int maxQueryCost();

        /** Longest query, in tokens. */
        @WithDefault("5000")
        int maxQueryTokens();

        /** Longest query text, in characters. */
        @WithDefault("100000")
        int maxQueryLength();

        /** Most codes or ids in one list argument. */
        @WithDefault("1000")
        int maxListSize();

        /** Longest a request may run before it stops with QUERY_TIMEOUT. */
        @WithDefault("10s")
        Duration timeBudget();

        /** Memory the parsed queries kept for reuse may take. */
        @WithDefault("4M")
        MemorySize documentCacheSize();

        /** Longest query text kept parsed for reuse (and as a response-cache key); longer ones are parsed each time. */
        @WithDefault("16K")
        MemorySize maxRememberedQuery();

        /** Automatic persisted queries: memory the registered queries may take. */
        @WithDefault("4M")
        MemorySize persistedQueriesSize();

        /** {@code Cache-Control: public, max-age} of successful answers to GET requests. */
        @WithDefault("60s")
        Duration getMaxAge();
    }

    /** The response cache of read-only requests. */
    interface Cache {

        /** Answer repeated read-only requests from the cache. */
        @WithDefault("true")
        boolean enabled();

        /** Memory the cached answers may take (least recently used out first). */
        @WithDefault("64M")
        MemorySize maxSize();

        /** Largest answer kept. */
        @WithDefault("2M")
        MemorySize maxEntrySize();

        /** Longest an answer is kept: the delay after which replicas see each other's imports. */
        @WithDefault("30s")
        Duration ttl();
    }

    /** Bounds of the analyses (timelines, discrepancies). */
    interface Analysis {

        /** Most observations a timeline or discrepancy report reads. */
        @WithDefault("100000")
        int maxObservations();

        /** Most points of a timeline. */
        @WithDefault("2000")
        int maxBuckets();
    }

    /** The full-text search of the quotes, notes, titles and labels ({@code search(text:)}). */
    interface Search {

        /** Longest search text, in characters. */
        @WithDefault("200")
        int maxTextLength();

        /** Most words and quoted phrases in one search. */
        @WithDefault("10")
        int maxTerms();

        /** Deepest result a client may page to (offset plus page size): relevance past it is noise. */
        @WithDefault("1000")
        int maxDepth();

        /**
         * Up to how many matches a search counts exactly; past it, {@code totalCount} is a lower bound and the search
         * skips what cannot enter the page instead of scoring every match (at least {@code max-depth}).
         */
        @WithDefault("10000")
        int exactCountUpTo();

        /**
         * How often each replica checks the database for publications another replica imported, corrected or deleted,
         * and updates its index (its own changes update it at once).
         */
        @WithDefault("30s")
        Duration refreshInterval();

        /**
         * Keeps a copy of the index in {@code data-dir/search}, so that a restart reads it back and indexes again only
         * the publications that changed meanwhile; false: the index lives in memory only, made whole at every start.
         */
        @WithDefault("true")
        boolean saveToDataDir();
    }

    /** The dataset shipped in the application. */
    interface Dataset {

        /** Load the shipped dataset at start-up. */
        @WithDefault("true")
        boolean loadAtStart();
    }

    /** Limits on what one import may hold. */
    interface Import {

        /** The most observations one publication may hold. */
        @WithDefault("10000")
        int maxObservations();

        /** How many times an import that collided with a concurrent one is tried in all. */
        @WithDefault("3")
        int attempts();
    }

    /** Which web pages of other origins may call the API from a browser. */
    interface Cors {

        /**
         * Origins allowed to read (GET and POST without credentials); {@code *} for any, the default of an open-data
         * API.
         */
        @WithDefault("*")
        List<String> readOrigins();

        /** Origins allowed to send editors' mutations (with an Authorization header); none by default. */
        Optional<List<String>> editorOrigins();
    }
}
