package id.sakip.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.query.NativeQuery;

/**
 * The tamper-evident audit trail: who did what, when, to which record, with the state before and
 * after. Records of one agency form a chain: each record's hash is an HMAC-SHA256, keyed with a
 * secret that is not in the database ({@link AuditConfig#key}), over every field of the record and
 * the previous record's hash, each field length-prefixed and null told apart from empty. The head
 * (the chain's end) carries its own HMAC. Records are appended in the caller's transaction under a
 * lock on the agency's head, so the chain has no gaps and no forks; the service's database role may
 * only insert and read records (ADR 9). {@link #verify} walks the chain and names the first record
 * that does not fit; a rewrite with database credentials alone, even recomputing plain hashes, is
 * detected because the key is not there.
 */
@ApplicationScoped
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    /**
     * Records are written with keyed hashes (scheme 2). Records of scheme 1 (plain SHA-256, before
     * ADR 9's revision) cannot be told from a forgery and do not verify.
     */
    static final int KEYED_SCHEME = 2;
    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final EntityManager em;
    private final byte[] key;

    public AuditLog(EntityManager em, AuditConfig config) {
        this.em = em;
        if (config.key().length() < 32) {
            throw new IllegalStateException("sakip.audit.key (SAKIP_AUDIT_KEY) must have at least 32 characters");
        }
        this.key = config.key().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Appends a record to the agency's chain, in the caller's transaction: if the change rolls
     * back, so does its record. {@code before} and {@code after} are any JSON-serialisable values
     * (null when there is none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String agencyCode, String actor, String action, String entityType, Object entityId, Object before,
            Object after, String reason) {
        native_("insert into audit_head (agency_code, last_seq, last_hash, head_mac) values (?1, 0, ?2, ?3) "
                + "on conflict (agency_code) do nothing").setParameter(1, agencyCode).setParameter(2, GENESIS)
                .setParameter(3, headMac(agencyCode, 0, GENESIS)).executeUpdate();
        Object[] head = (Object[]) native_("select last_seq, last_hash from audit_head where agency_code = ?1 for update")
                .setParameter(1, agencyCode).getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String prev = (String) head[1];
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String entity = entityId == null ? null : entityId.toString();
        String beforeJson = json(before);
        String afterJson = json(after);
        String who = actor == null ? "system" : actor;
        String hash = keyedHash(prev, seq, id, agencyCode, at, who, action, entityType, entity, beforeJson, afterJson,
                reason);
        native_("insert into audit_record (agency_code, seq, id, at, actor, action, entity_type, entity_id, "
                + "before_state, after_state, reason, prev_hash, hash, hash_scheme) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, " + KEYED_SCHEME + ")")
                .setParameter(1, agencyCode).setParameter(2, seq).setParameter(3, id)
                .setParameter(4, at).setParameter(5, who).setParameter(6, action).setParameter(7, entityType)
                .setParameter(8, entity).setParameter(9, beforeJson).setParameter(10, afterJson)
                .setParameter(11, reason).setParameter(12, prev).setParameter(13, hash).executeUpdate();
        native_("update audit_head set last_seq = ?2, last_hash = ?3, head_mac = ?4 where agency_code = ?1")
                .setParameter(1, agencyCode).setParameter(2, seq).setParameter(3, hash)
                .setParameter(4, headMac(agencyCode, seq, hash)).executeUpdate();
    }

    /**
     * A statement on the audit tables only: declaring them as its query space spares the session a
     * flush of every pending change before each statement (four per audited change).
     */
    private Query native_(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("audit_head").addSynchronizedQuerySpace("audit_record");
    }

    @Schema(name = "AuditEntry",
            description = "One audit record: who did what, when, to which entity; the state before and after as JSON; its chain hash")
    public record Entry(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
            String before, String after, String reason, String hash) {
    }

    /** The agency's records from {@code afterSeq} on, at most {@code limit}, optionally of one entity. */
    @Transactional
    public List<Entry> entries(String agencyCode, String entityType, String entityId, long afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, at, actor, action, entity_type, entity_id, before_state, "
                + "after_state, reason, hash from audit_record where agency_code = ?1 and seq > ?2 "
                + "and (cast(?3 as varchar) is null or entity_type = ?3) and (cast(?4 as varchar) is null or entity_id = ?4) "
                + "order by seq limit ?5").setParameter(1, agencyCode).setParameter(2, afterSeq).setParameter(3, entityType)
                .setParameter(4, entityId).setParameter(5, limit).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), toOffset(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]))
                .toList();
    }

    /** The result of walking one agency's chain. */
    @Schema(name = "AuditVerification",
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
                    + "after_state, reason, prev_hash, hash, id, hash_scheme from audit_record where agency_code = ?1 "
                    + "and seq > ?2 order by seq limit 1000").setParameter(1, agencyCode).setParameter(2, after)
                    .getResultList();
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
                if (((Number) r[12]).intValue() != KEYED_SCHEME) {
                    return new Verification(agencyCode, seq - 1, false, seq, "record " + seq
                            + " has an unkeyed hash (written before keyed hashes, or forged): it cannot be verified", prev);
                }
                String actual = keyedHash(prev, seq, (UUID) r[11], agencyCode, toOffset(r[1]), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8]);
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
        List<Object[]> head = em.createNativeQuery("select last_seq, last_hash, head_mac from audit_head where agency_code = ?1")
                .setParameter(1, agencyCode).getResultList();
        if (head.isEmpty() && expected > 1) {
            return new Verification(agencyCode, expected - 1, false, expected - 1,
                    "the chain's head is missing: it cannot be told whether records were removed from its end", prev);
        }
        long last = head.isEmpty() ? 0 : ((Number) head.get(0)[0]).longValue();
        String lastHash = head.isEmpty() ? GENESIS : (String) head.get(0)[1];
        String mac = head.isEmpty() ? null : (String) head.get(0)[2];
        if (!head.isEmpty() && !headMac(agencyCode, last, lastHash).equals(mac)) {
            return new Verification(agencyCode, expected - 1, false, last,
                    "the chain's head was changed after it was written", prev);
        }
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
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + v.getClass());
    }

    /** The keyed hash of a record: every field, length-prefixed, null ("-") told apart from empty ("0:"). */
    String keyedHash(String prev, long seq, UUID id, String agency, OffsetDateTime at, String actor, String action,
            String entityType, String entityId, String before, String after, String reason) {
        return mac("record", prev, seq, id, agency, at.toInstant(), actor, action, entityType, entityId, before, after,
                reason);
    }

    /** The keyed hash of the chain's head: it names the last record, so a cut-off end is detected. */
    String headMac(String agency, long lastSeq, String lastHash) {
        return mac("head", agency, lastSeq, lastHash);
    }

    private String mac(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part == null) {
                sb.append('-');
            } else {
                String s = part.toString();
                sb.append(s.length()).append(':').append(s);
            }
            sb.append('\n');
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
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
