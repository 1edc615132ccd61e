package org.telebarometer.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on what one import may hold.
 */
@ConfigMapping(prefix = "telebarometer.import")
public interface ImportLimits {

    /** The most observations one publication may hold. */
    @WithDefault("10000")
    int maxObservations();

    /** How many times an import that collided with a concurrent one is tried in all. */
    @WithDefault("3")
    int attempts();
}
