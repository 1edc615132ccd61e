package org.telebarometer.graphql.engine;

import java.time.Duration;

import graphql.GraphQLContext;

import org.telebarometer.graphql.ApiException;
import org.telebarometer.graphql.ErrorCode;

/**
 * How long one request may still run, and whether its client is still there. Resolvers check it before they read
 * the database: a request out of time stops with {@link ErrorCode#QUERY_TIMEOUT}, one whose client disconnected
 * stops without an answer.
 */
public final class RequestBudget {

    static final String KEY = RequestBudget.class.getName();

    private final long deadline;
    private final Duration budget;
    private volatile boolean cancelled;

    private RequestBudget(Duration budget) {
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /** A budget of {@code time} from now. */
    public static RequestBudget startingNow(Duration time) {
        return new RequestBudget(time);
    }

    static RequestBudget of(GraphQLContext context) {
        RequestBudget budget = context.get(KEY);
        return budget != null ? budget : UNLIMITED;
    }

    private static final RequestBudget UNLIMITED = new RequestBudget(Duration.ofDays(365));

    /** The client went away: the request stops at its next check. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** @throws ApiException {@link ErrorCode#QUERY_TIMEOUT} or {@link ErrorCode#REQUEST_CANCELLED} */
    public void check() {
        if (cancelled) {
            throw new ApiException(ErrorCode.REQUEST_CANCELLED, "The client disconnected; the request was stopped.");
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new ApiException(ErrorCode.QUERY_TIMEOUT, "The request ran longer than " + budget.toMillis()
                    + " ms and was stopped: ask for less (fewer or smaller lists, a narrower filter).");
        }
    }

    /** Time left in milliseconds, at least 1: a statement timeout that cannot outlive the request. */
    public int remainingMillis() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime()) / 1_000_000));
    }
}
