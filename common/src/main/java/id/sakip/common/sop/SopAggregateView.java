package id.sakip.common.sop;

import java.util.UUID;

/** What the shared SOP contract reads from an aggregate's view: its id, for the Location of a new one. */
public interface SopAggregateView {
    UUID id();
}
