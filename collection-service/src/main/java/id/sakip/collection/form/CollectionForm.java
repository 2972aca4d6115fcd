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
    @Version
    public long version;
    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FormRow> rows = new ArrayList<>();
}
