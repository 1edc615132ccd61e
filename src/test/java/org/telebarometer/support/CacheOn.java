package org.telebarometer.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The response cache on, as it is in production (the test profile turns it off). */
public class CacheOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("telebarometer.cache.enabled", "true");
    }
}
