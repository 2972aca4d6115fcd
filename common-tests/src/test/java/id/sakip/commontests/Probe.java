package id.sakip.commontests;

import id.sakip.common.sop.SopAggregateEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The smallest aggregate that follows an SOP: what the kit needs, and a flag its last step sets. */
@Entity
@Table(name = "probe")
public class Probe extends SopAggregateEntity {
    public boolean closed;

    @Override
    public String noun() {
        return "probe";
    }

    @Override
    public String readOnlyReason() {
        return closed ? "closed: read-only" : null;
    }
}
