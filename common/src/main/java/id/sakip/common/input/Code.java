package id.sakip.common.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an identifying code (agency, unit, indicator, plan node): read through {@link Codes}, so that
 * look-alikes of a code (another letter case, fullwidth letters, surrounding spaces, a trailing dot)
 * are either the same code or refused. Codes are unique without regard to letter case.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Code {
}
