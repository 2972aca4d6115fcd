package id.sakip.common.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting for (or done with) the relay. Table {@code outbox_event}, created by the shared migration. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    public String topic;
    @Column(name = "event_key")
    public String key;
    public String type;
    public String source;
    public String subject;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(columnDefinition = "text")
    public String payload;
    public String traceparent;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
}
