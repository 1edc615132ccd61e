package org.telebarometer.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.Test;

class ErrorTranslatorTest {

    private final ErrorTranslator translator = new ErrorTranslator();

    @Test
    void anUnexpectedFailureReachesTheClientAsACodedInternalError() {
        InvocationContext failing = invocation(() -> {
            throw new IllegalStateException("connection to db.internal:5432 refused");
        });

        assertThatThrownBy(() -> translator.translate(failing))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                    assertThat(e.getExtensions()).isEqualTo(Map.of("code", "INTERNAL_ERROR"));
                })
                .message().doesNotContain("db.internal");
    }

    @Test
    void aClientMistakeGoesThroughUnchanged() {
        ApiException mistake = new ApiException(ErrorCode.PAGE_TOO_LARGE, "first must be at most 500");

        assertThatThrownBy(() -> translator.translate(invocation(() -> {
            throw mistake;
        }))).isSameAs(mistake);
    }

    @Test
    void aResultGoesThroughUnchanged() throws Exception {
        assertThat(translator.translate(invocation(() -> "answer"))).isEqualTo("answer");
    }

    private static InvocationContext invocation(Callable<Object> body) {
        return new InvocationContext() {
            @Override
            public Object proceed() throws Exception {
                return body.call();
            }

            @Override
            public Method getMethod() {
                try {
                    return Object.class.getMethod("toString");
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }
        };
    }
}
