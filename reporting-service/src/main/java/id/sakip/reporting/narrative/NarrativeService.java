package id.sakip.reporting.narrative;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.input.MultiLine;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agency's LKjIP narratives, one per sasaran and year, written with optimistic versions and audited. */
@ApplicationScoped
public class NarrativeService {
    private final CallerContext caller;
    private final AuditLog audit;

    public NarrativeService(CallerContext caller, AuditLog audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @Schema(name = "LkjipNarrative", description = "The narrative of one sasaran; version is required to change an existing one")
    public record Narrative(@NotBlank @Size(max = 500) @Schema(example = "Meningkatnya kualitas pelayanan publik") String sasaran,
            @MultiLine @Size(max = 4000) @Schema(example = "Survei IKM dilaksanakan tepat waktu") String causes,
            @MultiLine @Size(max = 4000) @Schema(example = "Menambah loket pelayanan pada hari pasar") String solutions,
            @MultiLine @Size(max = 4000) @Schema(example = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik") String programs,
            Long version) {
        static Narrative of(NarrativeEntity n) {
            return new Narrative(n.sasaran, n.causes, n.solutions, n.programs, n.version);
        }
    }

    @Transactional
    public List<Narrative> list(String agencyCode, int year) {
        caller.readableAgency(agencyCode);
        return NarrativeEntity.<NarrativeEntity>list("agencyCode = ?1 and year = ?2 order by sasaran", agencyCode, year)
                .stream().map(Narrative::of).toList();
    }

    /** Writes one sasaran's narrative: 409 on a stale version, 422 without the version of an existing one. */
    @Transactional
    public Narrative put(String agencyCode, int year, Narrative req) {
        caller.writableAgency(agencyCode);
        NarrativeEntity n = NarrativeEntity.find("agencyCode = ?1 and year = ?2 and sasaran = ?3", agencyCode, year,
                req.sasaran()).firstResult();
        Narrative before = n == null ? null : Narrative.of(n);
        if (n == null) {
            n = new NarrativeEntity();
            n.id = UUID.randomUUID();
            n.agencyCode = agencyCode;
            n.year = year;
            n.sasaran = req.sasaran();
        } else {
            if (req.version() == null) {
                throw ProblemException.unprocessable("version", "is required to change an existing narrative");
            }
            ProblemException.requireVersion("narrative", req.sasaran(), n.version, req.version());
        }
        n.causes = req.causes();
        n.solutions = req.solutions();
        n.programs = req.programs();
        n.updatedBy = caller.subject();
        n.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        n.persist();
        NarrativeEntity.flush();
        Narrative after = Narrative.of(n);
        audit.record(agencyCode, caller.subject(), "LKJIP_NARRATIVE_WRITTEN", "lkjip-narrative", n.id, before, after, null);
        return after;
    }
}
