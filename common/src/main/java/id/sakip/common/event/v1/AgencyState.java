package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agency as it stands now, with its units and their names: the record of the compacted topic
 * {@code sakip.indicator.agency-state}, keyed by agency code, written in the transaction of every
 * change (registration, a unit added or renamed). A dashboard that reads the topic from the start
 * has every agency's current profile once compaction has run, and the latest record per key always.
 */
public record AgencyState(
        String agencyCode,
        String regionCode,
        String provinceCode,
        String name,
        String type,
        List<UnitState> units,
        OffsetDateTime updatedAt) implements DomainEvent {

    /** A unit: its code and kind, its name today, and every dated name. */
    public record UnitState(String code, String kind, String name, List<DatedName> names) {
    }

    /** A unit's name from {@code validFrom} on. */
    public record DatedName(LocalDate validFrom, String name) {
    }

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.AGENCY_STATE, agencyCode, EventTypes.AGENCY_STATE, "agencies/" + agencyCode,
                agencyCode, regionCode, provinceCode);
    }
}
