package org.telebarometer.support;

/**
 * Small anonymous requests that once took the service down: kept to show they no longer can.
 */
public final class HostileQueries {

    /** 195 bytes, within the depth limit and a dozen fields, asking for 500^4 objects. */
    public static final String NESTED_LISTS = "{observations(first:500){nodes{series{observations(first:500){nodes{series{"
            + "observations(first:500){nodes{series{observations(first:500){nodes{id}}}}}}}}}}}}";

    private HostileQueries() {
    }

    /** {@code levels} fragments, each spreading the next twice: 2^levels expansions of a small document. */
    public static String fragmentBomb(int levels) {
        StringBuilder document = new StringBuilder("{ metrics { ...F0 } } fragment F" + levels + " on Metric { code }");
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F").append(i).append(" on Metric { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        return document.toString();
    }
}
