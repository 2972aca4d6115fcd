package id.sakip.common.agency;

import id.sakip.common.event.v1.AgencyRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The agencies this service knows to exist, with their province (see {@link KnownAgency}). */
@ApplicationScoped
public class AgencyDirectory {

    /** The agency, if it is registered. */
    public Optional<KnownAgency> find(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            return Optional.empty();
        }
        return KnownAgency.findByIdOptional(agencyCode);
    }

    /** Records (or updates) a registered agency, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(AgencyRegistered e) {
        KnownAgency a = KnownAgency.findById(e.agencyCode());
        if (a == null) {
            a = new KnownAgency();
            a.agencyCode = e.agencyCode();
        }
        a.name = e.name();
        a.regionCode = e.regionCode();
        a.provinceCode = e.provinceCode();
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
    }
}
