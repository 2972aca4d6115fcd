package id.sakip.common.sop;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * A procedure a service runs as an SOP (collection, measurement, report preparation): its default
 * steps and the actions the service implements. A service declares one bean per procedure; an
 * agency's variant may reorder, rename, retime and add {@code RECORD} steps, but keeps each bound
 * action once and the required ones in their order.
 */
public interface SopProcedure {
    /** Path name, e.g. {@code collection}. */
    String name();

    /** Name of the default template, e.g. the seed it comes from. */
    String defaultName();

    List<SopStep> defaultSteps();

    /** Actions the service implements besides {@link SopStep#RECORD}. */
    Set<String> actions();

    /** Actions every variant must have, in this order (the first one starts an instance). */
    List<String> requiredActions();

    /** Reads a step list from a JSON classpath resource. */
    static List<SopStep> load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SOP resource " + resource);
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<SopStep>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
