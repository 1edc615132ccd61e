package org.telebarometer.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that drive a real Chromium. They run when Chromium is there; on a machine without it they are
 * skipped, with one line that says how to run them, unless Chromium is required: in CI ({@code CI=true}) or with
 * {@code -Dtelebarometer.test.browser=required}, a missing Chromium fails them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(BrowserTests.ChromiumCondition.class)
public @interface BrowserTests {

    /** Enables the browser tests when Chromium is there or required. */
    class ChromiumCondition implements ExecutionCondition {

        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Path chromium = Browser.executable();
            if (Files.isExecutable(chromium)) {
                return ConditionEvaluationResult.enabled("Chromium at " + chromium);
            }
            if (required()) {
                return ConditionEvaluationResult.enabled("Chromium is required and missing: the tests fail");
            }
            String reason = "Browser tests skipped: no Chromium at " + chromium + ". To run them, install Debian's "
                    + "chromium package (apt-get install chromium) or pass -Dtelebarometer.test.chromium=/path/to/chrome;"
                    + " -Dtelebarometer.test.browser=required (or CI=true) makes a missing Chromium a failure.";
            if (SAID.compareAndSet(false, true)) {
                System.err.println("[WARNING] " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }

        private static boolean required() {
            return "required".equals(System.getProperty("telebarometer.test.browser"))
                    || "true".equalsIgnoreCase(System.getenv("CI"));
        }
    }
}
