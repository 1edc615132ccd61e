package org.telebarometer.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

/**
 * Lets {@link ApiException}s through, turns a lost database connection into {@link ErrorCode#DATABASE_UNAVAILABLE}
 * and anything else into an {@link ErrorCode#INTERNAL_ERROR}, logged here with its stack trace and shown to the
 * client only as a short message.
 */
@TranslatesErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ErrorTranslator {

    private static final Logger LOG = Logger.getLogger(ErrorTranslator.class);

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                LOG.warnf("The database is unreachable (%s.%s): %s", context.getMethod().getDeclaringClass()
                        .getSimpleName(), context.getMethod().getName(), DatabaseFailures.rootMessage(e));
                throw new ApiException(ErrorCode.DATABASE_UNAVAILABLE,
                        "The database is unreachable for now; nothing was changed. Try again in a moment.");
            }
            LOG.errorf(e, "Unexpected failure in %s.%s", context.getMethod().getDeclaringClass().getSimpleName(),
                    context.getMethod().getName());
            throw new ApiException(ErrorCode.INTERNAL_ERROR,
                    "The server failed to answer this request; it has been logged. Try again later.");
        }
    }
}
