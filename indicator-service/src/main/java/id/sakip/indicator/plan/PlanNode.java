package id.sakip.indicator.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One node of the Renstra tree: tujuan → sasaran → program → kegiatan → sub-kegiatan. */
@Entity
@Table(name = "plan_node")
public class PlanNode extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    public Level level;
    public String code;
    public String name;
    public int position;

    /** The levels in order; a node's parent is exactly one level up. */
    public enum Level {
        TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN;

        public Level parent() {
            return ordinal() == 0 ? null : values()[ordinal() - 1];
        }
    }
}
