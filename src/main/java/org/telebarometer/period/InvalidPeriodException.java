package org.telebarometer.period;

/**
 * Text that is not one of the period forms {@link Period#parse(String)} accepts, or dates that make no period.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
