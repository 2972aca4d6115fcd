package id.sakip.common.sop;

import id.sakip.common.security.AgencyScoped;
import java.util.UUID;

/**
 * An aggregate that follows an SOP (a collection round, a measurement round, a report): its id is
 * its procedure instance's, its version moves with every step, and it may stop taking files.
 */
public interface SopAggregate extends AgencyScoped {
    UUID id();

    long version();

    /** What it is called in messages: "round", "measurement round", "report". */
    String noun();

    /** Why no more files may be attached (archived, sent), or null while they may. */
    String readOnlyReason();
}
