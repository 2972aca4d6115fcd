package id.sakip.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The tamper-evident audit trail: who did what, when, to which record, with the state before and
 * after. Records of one agency form a hash chain ({@code hash = SHA-256(previous hash, content)}),
 * appended in the caller's transaction under a lock on the agency's chain head, so the chain has
 * no gaps and no forks; {@link #verify} walks it and names the first record that does not fit.
 */
@ApplicationScoped
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final EntityManager em;

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /**
     * Appends a record to the agency's chain, in the caller's transaction: if the change rolls
     * back, so does its record. {@code before} and {@code after} are any JSON-serialisable values
     * (null when there is none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String agencyCode, String actor, String action, String entityType, Object entityId, Object before,
            Object after, String reason) {
        native_("insert into audit_head (agency_code, last_seq, last_hash) values (?1, 0, ?2) "
                + "on conflict (agency_code) do nothing").setParameter(1, agencyCode).setParameter(2, GENESIS)
                .executeUpdate();
        Object[] head = (Object[]) native_("select last_seq, last_hash from audit_head where agency_code = ?1 for update")
                .setParameter(1, agencyCode).getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String prev = (String) head[1];
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String id = entityId == null ? null : entityId.toString();
        String beforeJson = json(before);
        String afterJson = json(after);
        String who = actor == null ? "system" : actor;
        String hash = hash(prev, seq, agencyCode, at, who, action, entityType, id, beforeJson, afterJson, reason);
        native_("insert into audit_record (agency_code, seq, id, at, actor, action, entity_type, entity_id, "
                + "before_state, after_state, reason, prev_hash, hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, agencyCode).setParameter(2, seq).setParameter(3, UUID.randomUUID())
                .setParameter(4, at).setParameter(5, who).setParameter(6, action).setParameter(7, entityType)
                .setParameter(8, id).setParameter(9, beforeJson).setParameter(10, afterJson)
                .setParameter(11, reason).setParameter(12, prev).setParameter(13, hash).executeUpdate();
        native_("update audit_head set last_seq = ?2, last_hash = ?3 where agency_code = ?1")
                .setParameter(1, agencyCode).setParameter(2, seq).setParameter(3, hash).executeUpdate();
    }

    /**
     * A statement on the audit tables only: declaring them as its query space spares the session a
     * flush of every pending change before each statement (four per audited change).
     */
    private jakarta.persistence.Query native_(String sql) {
        return em.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("audit_head").addSynchronizedQuerySpace("audit_record");
    }

    /** The result of walking one agency's chain. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditVerification",
            description = "Whether the agency's audit chain is whole; if not, the first record that was changed, removed or does not follow")
    public record Verification(String agencyCode, long records, boolean intact, Long brokenAtSeq, String problem,
            String lastHash) {
    }

    /** Walks the agency's chain from the start: every record must follow its predecessor and hash to what it says. */
    @Transactional
    public Verification verify(String agencyCode) {
        String prev = GENESIS;
        long expected = 1;
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery("select seq, at, actor, action, entity_type, entity_id, before_state, "
                    + "after_state, reason, prev_hash, hash from audit_record where agency_code = ?1 and seq > ?2 "
                    + "order by seq limit 1000").setParameter(1, agencyCode).setParameter(2, after).getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (Object[] r : page) {
                long seq = ((Number) r[0]).longValue();
                if (seq != expected) {
                    return new Verification(agencyCode, expected - 1, false, expected,
                            "record " + expected + " is missing (the next is " + seq + ")", prev);
                }
                if (!prev.equals(r[9])) {
                    return new Verification(agencyCode, seq - 1, false, seq,
                            "record " + seq + " does not follow record " + (seq - 1), prev);
                }
                String actual = hash(prev, seq, agencyCode, toOffset(r[1]), (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8]);
                if (!actual.equals(r[10])) {
                    return new Verification(agencyCode, seq - 1, false, seq,
                            "record " + seq + " was changed after it was written", prev);
                }
                prev = actual;
                expected = seq + 1;
                after = seq;
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("select last_seq, last_hash from audit_head where agency_code = ?1")
                .setParameter(1, agencyCode).getResultList();
        long last = head.isEmpty() ? 0 : ((Number) head.get(0)[0]).longValue();
        String lastHash = head.isEmpty() ? GENESIS : (String) head.get(0)[1];
        if (last != expected - 1 || !lastHash.equals(prev)) {
            return new Verification(agencyCode, expected - 1, false, expected,
                    "the chain ends at record " + (expected - 1) + " but its head says " + last
                            + ": records were removed from its end", prev);
        }
        return new Verification(agencyCode, expected - 1, true, null, null, prev);
    }

    static OffsetDateTime toOffset(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o;
        }
        if (v instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + v.getClass());
    }

    static String hash(String prev, long seq, String agency, OffsetDateTime at, String actor, String action,
            String entityType, String entityId, String before, String after, String reason) {
        StringBuilder sb = new StringBuilder();
        for (Object part : new Object[] { prev, seq, agency, at.toInstant(), actor, action, entityType, entityId, before,
            after, reason }) {
            String s = part == null ? "" : part.toString();
            // length-prefixed, so no two different records give the same input
            sb.append(s.length()).append(':').append(s).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit state is not serialisable", e);
        }
    }
}
