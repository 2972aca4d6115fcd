package id.sakip.collection.form;

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

    /** Submitted after its deadline, or still not submitted with the deadline past. */
    public boolean late(OffsetDateTime now) {
        if (deadline == null) {
            return false;
        }
        return submittedAt != null && status == FormStatus.SUBMITTED ? submittedAt.isAfter(deadline) : now.isAfter(deadline);
    }
    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FormRow> rows = new ArrayList<>();
}
