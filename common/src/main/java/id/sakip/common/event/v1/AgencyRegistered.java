package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;

/** An agency (Instansi / Perangkat Daerah / Kecamatan) was registered. */
public record AgencyRegistered(String agencyCode, String regionCode, String provinceCode, String name, String type)
        implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.AGENCIES, agencyCode, EventTypes.AGENCY_REGISTERED,
                "agencies/" + agencyCode, agencyCode, regionCode, provinceCode);
    }
}
