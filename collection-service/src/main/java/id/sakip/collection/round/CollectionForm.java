package id.sakip.collection.round;

import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Formulir pengumpulan data kinerja: one unit's sheet for one round. */
@Entity
@Table(name = "collection_form")
public class CollectionForm extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "unit_code")
    public String unitCode;
    @Enumerated(EnumType.STRING)
    public FormStatus status;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    /** How documents name who submitted: full name with titles, and NIP (from the identity provider). */
    @Column(name = "submitted_by_name")
    public String submittedByName;
    @Column(name = "submitted_by_nip")
    public String submittedByNip;
    /** Why the form was last returned to its unit (null when never returned). */
    @Column(name = "return_reason")
    public String returnReason;
    /** Submission deadline of this unit (from the plan step, set at distribution). */
    public OffsetDateTime deadline;
    /** Receipt acknowledgement (Bukti tanda terima formulir) by the unit. */
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "approaching_notified_at")
    public OffsetDateTime approachingNotifiedAt;
    @Column(name = "overdue_notified_at")
    public OffsetDateTime overdueNotifiedAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FormRow> rows = new ArrayList<>();

    /** A new draft form of a unit in a round. */
    static CollectionForm draft(UUID roundId, String unitCode, OffsetDateTime deadline) {
        CollectionForm f = new CollectionForm();
        f.id = UUID.randomUUID();
        f.roundId = roundId;
        f.unitCode = unitCode;
        f.status = FormStatus.DRAFT;
        f.deadline = deadline;
        return f;
    }

    /** Submitted after its deadline, or still not submitted with the deadline past. */
    public boolean late(OffsetDateTime now) {
        if (deadline == null) {
            return false;
        }
        return submittedAt != null && status == FormStatus.SUBMITTED ? submittedAt.isAfter(deadline) : now.isAfter(deadline);
    }

    /**
     * The unit head submits the form to Tim SAKIP: every row needs its realisasi, and a value that
     * misses its target needs a Keterangan saying why (422 naming the rows otherwise).
     */
    public FormSubmitted submit(CollectionRound round, Person actor, OffsetDateTime now) {
        List<Problem.FieldError> missing = rows.stream().filter(r -> r.realisasi == null)
                .map(r -> new Problem.FieldError("rows[" + (r.position - 1) + "].realisasi",
                        "row " + r.position + " (" + r.indicatorCode + ") has no realisasi"))
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("the form is incomplete", missing);
        }
        List<Problem.FieldError> unexplained = rows.stream()
                .filter(r -> r.missesTarget() && (r.keterangan == null || r.keterangan.isBlank()))
                .map(r -> new Problem.FieldError("rows[" + (r.position - 1) + "].keterangan", "row " + r.position
                        + " (" + r.indicatorCode + ") misses its target: the Keterangan must say why"))
                .toList();
        if (!unexplained.isEmpty()) {
            throw ProblemException.unprocessable("values below target need a Keterangan", unexplained);
        }
        status = FormStatus.SUBMITTED;
        submittedBy = actor.login();
        submittedByName = actor.name();
        submittedByNip = actor.nip();
        submittedAt = now;
        return new FormSubmitted(round.id, id, round.agencyCode, round.regionCode, round.provinceCode, round.year,
                round.period, unitCode, submittedBy, submittedAt, rows.stream().map(FormRow::submittedRow).toList(),
                submittedByName, submittedByNip, deadline, deadline == null ? null : submittedAt.isAfter(deadline));
    }

    /** Back to the unit as a draft, with the reason. */
    void returnToUnit(String reason) {
        status = FormStatus.DRAFT;
        returnReason = reason;
    }
}
