package id.sakip.common.resilience;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an event consumer: a transient failure (the database away) runs the whole transaction again
 * after a pause, until it works, instead of sending a good event to the dead-letter topic. The
 * interceptor wraps {@code @Transactional}, so each attempt is a new transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RetryTransient {
    /** A label for the log. */
    @Nonbinding
    String value() default "";
}
