package id.sakip.indicator.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A unit's name from {@code validFrom} on. */
@Entity
@Table(name = "unit_name")
@IdClass(UnitName.Key.class)
public class UnitName {
    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;
    @Id
    @Column(name = "valid_from")
    public LocalDate validFrom;
    public String name;

    public static class Key implements Serializable {
        public UUID unit;
        public LocalDate validFrom;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(unit, k.unit) && Objects.equals(validFrom, k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unit, validFrom);
        }
    }
}
