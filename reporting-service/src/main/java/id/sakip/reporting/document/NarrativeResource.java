package id.sakip.reporting.document;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.input.MultiLine;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{code}/lkjip/{year}/narratives")
@Tag(name = "LKjIP narratives", description = "What the agency writes per sasaran in chapter III: causes, solutions, supporting programs")
public class NarrativeResource {
    private final CallerContext caller;
    private final AuditLog audit;

    public NarrativeResource(CallerContext caller, AuditLog audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @Schema(name = "LkjipNarrative", description = "The narrative of one sasaran; version is required to change an existing one")
    public record Narrative(@NotBlank @Size(max = 500) @Schema(example = "Meningkatnya kualitas pelayanan publik") String sasaran,
            @MultiLine @Size(max = 4000) @Schema(example = "Survei IKM dilaksanakan tepat waktu") String causes,
            @MultiLine @Size(max = 4000) @Schema(example = "Menambah loket pelayanan pada hari pasar") String solutions,
            @MultiLine @Size(max = 4000) @Schema(example = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik") String programs,
            Long version) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Transactional
    @Operation(summary = "The agency's narratives for a year", description = "One per sasaran.")
    public List<Narrative> list(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        check(code, false);
        return NarrativeEntity.<NarrativeEntity>list("agencyCode = ?1 and year = ?2 order by sasaran", code, year).stream()
                .map(n -> new Narrative(n.sasaran, n.causes, n.solutions, n.programs, n.version)).toList();
    }

    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Transactional
    @Operation(summary = "Write the narrative of one sasaran", description = "409 on a stale version; 422 without the version of an existing narrative.")
    public Narrative put(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull Narrative req) {
        check(code, true);
        NarrativeEntity n = NarrativeEntity.find("agencyCode = ?1 and year = ?2 and sasaran = ?3", code, year, req.sasaran())
                .firstResult();
        Narrative before = n == null ? null : new Narrative(n.sasaran, n.causes, n.solutions, n.programs, n.version);
        if (n == null) {
            n = new NarrativeEntity();
            n.id = UUID.randomUUID();
            n.agencyCode = code;
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
        Narrative after = new Narrative(n.sasaran, n.causes, n.solutions, n.programs, n.version);
        audit.record(code, caller.subject(), "LKJIP_NARRATIVE_WRITTEN", "lkjip-narrative", n.id, before, after, null);
        return after;
    }

    private void check(String code, boolean write) {
        if (write) {
            caller.writableAgency(code);
        } else {
            caller.readableAgency(code);
        }
    }
}
