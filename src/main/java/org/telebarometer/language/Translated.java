package org.telebarometer.language;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GraphQL property whose text is English and names the public field or record component of the same class
 * that holds its French text: the GraphQL field answers in the request's language (a null French text falls back to
 * the English one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface Translated {

    /** The French sibling: a public field, or a record component read by its accessor. */
    String french();
}
