package id.sakip.common.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a free-text field that may hold line breaks and tabs (a Keterangan, a reason, a narrative).
 * Every other string accepted by the API is a single line: see {@link Text}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {
}
