package id.sakip.collection.round;

import id.sakip.collection.agreement.AgreementCopy;
import id.sakip.collection.agreement.AgreementTarget;
import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.event.v1.FormReturned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.event.v1.RecapReturned;
import id.sakip.common.event.v1.RoundReopened;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.Person;
import id.sakip.common.sop.SopAggregateEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A collection round (Pengumpulan Data Kinerja) of an agency for one period. */
@Entity
@Table(name = "collection_round")
public class CollectionRound extends SopAggregateEntity {
    public int year;
    public String period;
    @Enumerated(EnumType.STRING)
    public RoundStatus status;
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "agreement_version")
    public int agreementVersion;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "recap_compiled_by")
    public String recapCompiledBy;
    @Column(name = "recap_compiled_at")
    public OffsetDateTime recapCompiledAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    /** How documents name who approved: full name with titles, and NIP (from the identity provider). */
    @Column(name = "approved_by_name")
    public String approvedByName;
    @Column(name = "approved_by_nip")
    public String approvedByNip;
    /** How many times the recap was approved: 1 after the first approval, +1 after each reopening. */
    @Column(name = "recap_version")
    public int recapVersion;
    @Column(name = "ordered_by")
    public String orderedBy;
    /** The submission deadline set in the plan step (units without their own deadline). */
    @Column(name = "submission_deadline")
    public OffsetDateTime submissionDeadline;
    /** Deadlines of particular units, set in the plan step. */
    @Column(name = "unit_deadlines")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, OffsetDateTime> unitDeadlines;
    @Column(name = "distributed_at")
    public OffsetDateTime distributedAt;
    @Column(name = "archived_by")
    public String archivedBy;
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    /** The head's order (step 1): a round of the agreement in force, preparing until its forms go out. */
    public static CollectionRound order(String agencyCode, AgreementCopy agreement, int year, String period,
            String actor, OffsetDateTime now) {
        CollectionRound r = new CollectionRound();
        r.id = UUID.randomUUID();
        r.agencyCode = agencyCode;
        r.regionCode = agreement.regionCode;
        r.provinceCode = agreement.provinceCode;
        r.year = year;
        r.period = period;
        r.status = RoundStatus.PREPARING;
        r.agreementId = agreement.agreementId;
        r.agreementVersion = agreement.agreementVersion;
        r.orderedBy = actor;
        r.openedBy = actor;
        r.openedAt = now;
        return r;
    }

    @Override
    public String noun() {
        return "round";
    }

    @Override
    public String readOnlyReason() {
        return status == RoundStatus.ARCHIVED ? "archived: read-only" : null;
    }

    /**
     * Preparation: one form per responsible unit of the agreement in force, one row per indicator the
     * unit reports in this period (monthly rounds: the monthly indicators), each with its deadline from
     * the plan (the unit's own, else the round's). 422 when nothing is collected in the period.
     */
    public List<CollectionForm> prepareForms(AgreementCopy agreement) {
        agreementId = agreement.agreementId;
        agreementVersion = agreement.agreementVersion;
        Map<String, CollectionForm> forms = new LinkedHashMap<>();
        for (AgreementTarget t : agreement.targets) {
            if (t.collectedIn(period)) {
                CollectionForm f = forms.computeIfAbsent(t.responsibleUnit, unit -> CollectionForm.draft(id, unit,
                        unitDeadlines != null && unitDeadlines.containsKey(unit) ? unitDeadlines.get(unit)
                                : submissionDeadline));
                f.rows.add(FormRow.of(f, f.rows.size() + 1, t, period));
            }
        }
        if (forms.isEmpty()) {
            throw ProblemException.unprocessable("period", "no indicator of the Perjanjian Kinerja " + agreementId
                    + " is collected in " + period + " (monthly rounds need monthly targets)");
        }
        return List.copyOf(forms.values());
    }

    /**
     * Distribution: the forms go to the units, each with its deadline (set when the forms were
     * prepared; a form without one gets {@code defaultPeriod} from now).
     */
    public CollectionRoundOpened distribute(List<CollectionForm> forms, Duration defaultPeriod, OffsetDateTime now) {
        for (CollectionForm f : forms) {
            if (f.deadline == null) {
                f.deadline = now.plus(defaultPeriod);
            }
        }
        status = RoundStatus.OPEN;
        distributedAt = now;
        return new CollectionRoundOpened(id, agencyCode, regionCode, provinceCode, year, period, agreementId,
                forms.stream().map(f -> new CollectionRoundOpened.FormRef(f.id, f.unitCode, f.deadline)).toList());
    }

    /** Archiving: the round becomes read-only (a correction needs the Sekretaris' audited reopening). */
    public void archive(String actor, OffsetDateTime now) {
        status = RoundStatus.ARCHIVED;
        archivedBy = actor;
        archivedAt = now;
    }

    /** Tim SAKIP compiles the recap of an open round once every unit has submitted. */
    public void compileRecap(List<CollectionForm> forms, String actor, OffsetDateTime now) {
        if (status != RoundStatus.OPEN) {
            throw ProblemException.conflict("round " + id + " is " + status);
        }
        List<String> pending = forms.stream().filter(f -> f.status != FormStatus.SUBMITTED).map(f -> f.unitCode)
                .toList();
        if (!pending.isEmpty()) {
            throw ProblemException.conflict("forms not yet submitted by: " + String.join(", ", pending));
        }
        status = RoundStatus.RECAP_COMPILED;
        recapCompiledBy = actor;
        recapCompiledAt = now;
    }

    /**
     * The Sekretaris approves the compiled recap (the next {@code recapVersion}); whoever submitted a
     * form of the round may not (separation of duties).
     *
     * @param forms the round's forms, in unit order: their rows are the recap
     */
    public RecapApproved approve(List<CollectionForm> forms, Person actor, OffsetDateTime now) {
        if (status != RoundStatus.RECAP_COMPILED) {
            throw ProblemException.conflict("round " + id + " is " + status + "; only a compiled recap can be approved");
        }
        if (forms.stream().anyMatch(f -> actor.login().equals(f.submittedBy))) {
            throw ProblemException.forbidden("you submitted a form of this round: someone else approves its recap");
        }
        status = RoundStatus.APPROVED;
        recapVersion++;
        approvedBy = actor.login();
        approvedByName = actor.name();
        approvedByNip = actor.nip();
        approvedAt = now;
        return new RecapApproved(id, agencyCode, regionCode, provinceCode, year, period, agreementId,
                agreementVersion, recapVersion, approvedBy, approvedAt, recapRows(forms), approvedByName, approvedByNip);
    }

    /** The recap: every form's rows, in the order of the forms given. */
    public static List<RecapApproved.Row> recapRows(List<CollectionForm> forms) {
        return forms.stream().flatMap(f -> f.rows.stream().map(row -> row.recapRow(f.unitCode))).toList();
    }

    /**
     * The Sekretaris returns a compiled recap for completion: the named forms (all when none is
     * named) go back to their units. Returns RecapReturned, then FormReturned per form.
     */
    public List<DomainEvent> returnRecap(List<CollectionForm> forms, List<UUID> formIds, String actor,
            String reason, OffsetDateTime now) {
        if (status != RoundStatus.RECAP_COMPILED) {
            throw ProblemException.conflict("round " + id + " is " + status + "; only a compiled recap is returned");
        }
        List<CollectionForm> chosen = chosen(forms, formIds);
        return reopenForms(new RecapReturned(id, agencyCode, regionCode, provinceCode, year, period, actor, now,
                reason, ids(chosen)), chosen, actor, reason, now);
    }

    /**
     * An audited reopening of an approved or archived round: the named forms (all when none is named)
     * reopen. Returns RoundReopened, then FormReturned per form.
     */
    public List<DomainEvent> reopen(List<CollectionForm> forms, List<UUID> formIds, String actor, String reason,
            OffsetDateTime now) {
        if (status != RoundStatus.APPROVED && status != RoundStatus.ARCHIVED) {
            throw ProblemException.conflict("round " + id + " is " + status
                    + "; only an approved or archived round is reopened");
        }
        List<CollectionForm> chosen = chosen(forms, formIds);
        return reopenForms(new RoundReopened(id, agencyCode, regionCode, provinceCode, year, period, actor, now,
                reason, ids(chosen), actor, now), chosen, actor, reason, now);
    }

    private List<CollectionForm> chosen(List<CollectionForm> forms, List<UUID> formIds) {
        if (formIds == null || formIds.isEmpty()) {
            return forms;
        }
        List<CollectionForm> chosen = forms.stream().filter(f -> formIds.contains(f.id)).toList();
        if (chosen.size() != formIds.size()) {
            throw ProblemException.unprocessable("formIds", "names a form that is not in round " + id);
        }
        return chosen;
    }

    private List<DomainEvent> reopenForms(DomainEvent first, List<CollectionForm> chosen, String actor,
            String reason, OffsetDateTime now) {
        status = RoundStatus.OPEN;
        recapCompiledAt = null;
        recapCompiledBy = null;
        archivedAt = null;
        archivedBy = null;
        List<DomainEvent> events = new ArrayList<>();
        events.add(first);
        for (CollectionForm f : chosen) {
            f.returnToUnit(reason);
            events.add(new FormReturned(id, f.id, agencyCode, regionCode, provinceCode, year, period, f.unitCode,
                    actor, now, reason));
        }
        return events;
    }

    private static List<UUID> ids(List<CollectionForm> forms) {
        return forms.stream().map(f -> f.id).toList();
    }
}
