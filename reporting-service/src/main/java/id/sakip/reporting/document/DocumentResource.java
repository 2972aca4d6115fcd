package id.sakip.reporting.document;

import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import id.sakip.reporting.source.PkRecord;
import id.sakip.reporting.source.RoundRecord;
import id.sakip.reporting.summary.MeasurementSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents as they stand now, in three forms (format=pdf, xlsx or json), for printing and
 * front-ends; nothing is stored (the report SOP stores and signs).
 */
@Path("/documents")
@Tag(name = "Documents", description = "Collection report, measurement report, PK document and LKjIP chapter III, as PDF, XLSX or JSON")
public class DocumentResource {
    private static final String FORMAT = "pdf|xlsx|json";
    private final DocumentService documents;
    private final CallerContext caller;

    public DocumentResource(DocumentService documents, CallerContext caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Path("/collection/{roundId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Transactional
    @Operation(summary = "Laporan hasil pengumpulan data kinerja of a round", description = "Per unit: targets, realisasi, Keterangan, who submitted when; what was returned and why. 409 before the recap is approved.")
    public Response collection(@PathParam("roundId") UUID roundId,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format) {
        RoundRecord r = RoundRecord.findById(roundId);
        if (r == null) {
            throw ProblemException.notFound("round", roundId);
        }
        caller.checkRead(r.agencyCode, r.provinceCode, "round", roundId);
        return answer(documents.collectionReport(r, DocumentService.Options.none()), format);
    }

    @GET
    @Path("/measurement/{measurementId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Transactional
    @Operation(summary = "Laporan hasil pengukuran kinerja", description = "The worksheet, the roll-up, the indicators not achieved with their reasons, and charts.")
    public Response measurement(@PathParam("measurementId") UUID id,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format) {
        MeasurementSummary s = MeasurementSummary.findById(id);
        if (s == null) {
            throw ProblemException.notFound("measurement", id);
        }
        caller.checkRead(s.agencyCode, s.provinceCode, "measurement", id);
        return answer(documents.measurementReport(s, DocumentService.Options.none()), format);
    }

    @GET
    @Path("/pk/{agreementId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT })
    @Transactional
    @Operation(summary = "The Perjanjian Kinerja document", description = "The statement page and the attachment table with both signatories; the counterparty (pihak kedua) from the query.")
    public Response pk(@PathParam("agreementId") UUID id,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format,
            @QueryParam("counterpartyName") String name, @QueryParam("counterpartyNip") String nip,
            @QueryParam("counterpartyPosition") String position) {
        PkRecord r = PkRecord.findById(id);
        if (r == null) {
            throw ProblemException.notFound("agreement", id);
        }
        caller.checkRead(r.agencyCode, r.payload.provinceCode(), "agreement", id);
        DocumentService.Party counterparty = name == null && position == null ? null
                : new DocumentService.Party(name, nip, position);
        return answer(documents.pk(r, new DocumentService.Options(null, null, counterparty)), format);
    }

    @GET
    @Path("/lkjip/{agencyCode}/{year}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Transactional
    @Operation(summary = "LKjIP chapter III: the performance table per sasaran", description = "This year against the target, earlier years, the Renstra end target, and the agency's narrative. 409 before the year has a measurement.")
    public Response lkjip(@PathParam("agencyCode") String agencyCode, @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format) {
        MeasurementSummary any = DocumentService.latestOfYear(agencyCode, year);
        caller.checkRead(agencyCode, any == null ? null : any.provinceCode, "agency", agencyCode);
        return answer(documents.lkjip(agencyCode, year, DocumentService.Options.none()), format);
    }

    static Response answer(Rendered d, String format) {
        return switch (format) {
            case "xlsx" -> Response.ok(d.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"" + d.fileBase() + ".xlsx\"").build();
            case "json" -> Response.ok(d.model(), MediaType.APPLICATION_JSON).build();
            default -> Response.ok(d.pdf(), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"" + d.fileBase() + ".pdf\"").build();
        };
    }
}
