package id.sakip.reporting.source;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.event.v1.FormReturned;
import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.inbox.InboxGate;
import id.sakip.common.resilience.RetryTransient;
import id.sakip.common.vocabulary.AgreementKind;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The read models the documents are made from: agencies (letterhead), signed PKs, and collection
 * rounds (deadlines, submissions, returns, the approved recap). Each event and its inbox record
 * commit together; a redelivered event changes nothing.
 */
@ApplicationScoped
public class SourceConsumers {
    static final String AGENCIES = "reporting.agencies";
    static final String AGREEMENTS = "reporting.agreements";
    static final String ROUNDS = "reporting.rounds";
    private final InboxGate gate;

    public SourceConsumers(InboxGate gate) {
        this.gate = gate;
    }

    @Incoming("agencies")
    @Blocking
    @RetryTransient
    @Transactional
    public void onAgency(ConsumerRecord<String, String> record) {
        gate.accept(AGENCIES, record, EventTypes.AGENCY_REGISTERED, AgencyRegistered.class).ifPresent(d -> {
            AgencyRegistered e = d.data();
            AgencyProfile p = AgencyProfile.findById(e.agencyCode());
            if (p == null) {
                p = new AgencyProfile();
                p.agencyCode = e.agencyCode();
            }
            p.name = e.name();
            p.type = e.type();
            p.regionCode = e.regionCode();
            p.provinceCode = e.provinceCode();
            p.updatedAt = now();
            p.persist();
        });
    }

    @Incoming("agreements")
    @Blocking
    @RetryTransient
    @Transactional
    public void onAgreement(ConsumerRecord<String, String> record) {
        gate.accept(AGREEMENTS, record, EventTypes.AGREEMENT_SIGNED_OR_REVISED,
                PerformanceAgreementSigned.class).ifPresent(d -> {
                    PerformanceAgreementSigned e = d.data();
                    if (PkRecord.findById(e.agreementId()) != null) {
                        return;
                    }
                    PkRecord r = new PkRecord();
                    r.agreementId = e.agreementId();
                    r.agencyCode = e.agencyCode();
                    r.year = e.year();
                    r.kind = e.kind() == null ? AgreementKind.HEAD : e.kind();
                    r.signatoryUnit = e.signatoryUnit();
                    r.agreementVersion = e.agreementVersion();
                    r.signedAt = e.signedAt();
                    r.payload = e;
                    r.persist();
                });
    }

    @Incoming("rounds")
    @Blocking
    @RetryTransient
    @Transactional
    public void onRound(ConsumerRecord<String, String> record) {
        gate.acceptAny(ROUNDS, record, Map.of(EventTypes.ROUND_OPENED, CollectionRoundOpened.class,
                EventTypes.FORM_SUBMITTED, FormSubmitted.class, EventTypes.FORM_RETURNED, FormReturned.class,
                EventTypes.RECAP_APPROVED, RecapApproved.class)).ifPresent(d -> {
                    Object data = d.data();
                    if (data instanceof CollectionRoundOpened e) {
                            RoundRecord r = round(e.roundId(), e.agencyCode(), e.regionCode(), e.provinceCode(), e.year(),
                                    e.period());
                            for (CollectionRoundOpened.FormRef f : e.forms()) {
                                RoundRecord.Unit u = r.units.get(f.unitCode());
                                r.units.put(f.unitCode(), u == null ? RoundRecord.Unit.due(f.deadline())
                                        : u.withDeadline(f.deadline()));
                            }
                            touch(r);
                    } else if (data instanceof FormSubmitted e) {
                            RoundRecord r = round(e.roundId(), e.agencyCode(), e.regionCode(), e.provinceCode(), e.year(),
                                    e.period());
                            RoundRecord.Unit u = r.units.get(e.unitCode());
                            // a submission no later than the one kept (a stale or replayed event) changes nothing
                            if (u != null && u.submittedAt() != null && !e.submittedAt().isAfter(u.submittedAt())) {
                                return;
                            }
                            r.units.put(e.unitCode(), new RoundRecord.Unit(u == null ? null : u.deadline(), e.submittedBy(),
                                    e.submittedAt(), e.submittedByName(), e.submittedByNip()));
                            touch(r);
                    } else if (data instanceof FormReturned e) {
                            RoundRecord r = round(e.roundId(), e.agencyCode(), e.regionCode(), e.provinceCode(), e.year(),
                                    e.period());
                            r.returns.add(new RoundRecord.Return(e.unitCode(), e.returnedBy(), e.returnedAt(), e.reason()));
                            touch(r);
                    } else if (data instanceof RecapApproved e) {
                            RoundRecord r = round(e.roundId(), e.agencyCode(), e.regionCode(), e.provinceCode(), e.year(),
                                    e.period());
                            if (e.recapVersion() >= r.recapVersion) {
                                r.recapVersion = e.recapVersion();
                                r.approvedBy = e.approvedBy();
                                r.approvedByName = e.approvedByName();
                                r.approvedByNip = e.approvedByNip();
                                r.approvedAt = e.approvedAt();
                                r.rows = e.rows();
                            }
                            touch(r);
                    }
                });
    }

    private static RoundRecord round(UUID id, String agency, String region, String province, int year, String period) {
        RoundRecord r = RoundRecord.findById(id);
        if (r == null) {
            r = new RoundRecord();
            r.roundId = id;
            r.agencyCode = agency;
            r.regionCode = region;
            r.provinceCode = province;
            r.year = year;
            r.period = period;
            r.units = new TreeMap<>();
            r.returns = new ArrayList<>();
        }
        return r;
    }

    private static void touch(RoundRecord r) {
        // JSON columns are compared by value: give Hibernate new containers so the change is seen
        r.units = new TreeMap<>(r.units);
        r.returns = new ArrayList<>(r.returns);
        r.updatedAt = now();
        r.persist();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
