package id.sakip.indicator.state;

import id.sakip.common.event.v1.AgencyState;
import id.sakip.common.outbox.Outbox;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyChanged;
import id.sakip.indicator.organisation.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes an agency's full current state to the compacted topic {@code sakip.indicator.agency-state}
 * through the outbox, in the transaction of the change that fired {@link AgencyChanged}. Nothing
 * depends on this package, so the features stay free of cycles.
 */
@ApplicationScoped
public class AgencyStateProjector {
    private final Outbox outbox;

    public AgencyStateProjector(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes AgencyChanged change) {
        Agency a = Agency.findById(change.agencyCode());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<AgencyState.UnitState> units = Unit.<Unit>list("agencyCode = ?1 order by code", a.code).stream()
                .map(u -> new AgencyState.UnitState(u.code, u.kind.name(), u.nameOn(today),
                        u.names.stream().map(n -> new AgencyState.DatedName(n.validFrom, n.name)).toList()))
                .toList();
        outbox.publish(new AgencyState(a.code, a.regionCode, a.provinceCode, a.name, a.type.name(), units,
                OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
