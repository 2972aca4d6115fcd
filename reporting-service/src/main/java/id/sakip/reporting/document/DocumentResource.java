package id.sakip.reporting.document;

import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.MediaTypes;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents as they stand now, in three forms (format=pdf, xlsx or json), for printing and
 * front-ends; nothing is stored (the report SOP stores and signs).
 */
@Path("/documents")
@Tag(name = "Documents", description = "Collection report, measurement report, PK document and LKjIP chapter III, as PDF, XLSX or JSON")
public class DocumentResource {
    private static final String FORMAT = "pdf|xlsx|json";
    private final Documents documents;

    public DocumentResource(Documents documents) {
        this.documents = documents;
    }

    @GET
    @Path("/collection/{roundId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "Laporan hasil pengumpulan data kinerja of a round", description = "Per unit: targets, realisasi, Keterangan, who submitted when; what was returned and why. 409 before the recap is approved.")
    @APIResponse(responseCode = "200", description = "The document: PDF (format=pdf), XLSX (format=xlsx) or its data (format=json)",
            content = { @Content(mediaType = MediaTypes.PDF), @Content(mediaType = MediaTypes.XLSX),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionReport.Model.class)) })
    @APIResponse(responseCode = "409", description = "Before the round's recap is approved")
    public Response getCollectionReport(@PathParam("roundId") UUID roundId,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format) {
        return answer(documents.current(DocumentKind.COLLECTION_REPORT, roundId, null, null, RenderOptions.none()), format);
    }

    @GET
    @Path("/measurement/{measurementId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "Laporan hasil pengukuran kinerja", description = "The worksheet, the roll-up, the indicators not achieved with their reasons, and charts.")
    @APIResponse(responseCode = "200", description = "The document: PDF (format=pdf), XLSX (format=xlsx) or its data (format=json)",
            content = { @Content(mediaType = MediaTypes.PDF), @Content(mediaType = MediaTypes.XLSX),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementReport.Model.class)) })
    @APIResponse(responseCode = "409", description = "A measurement received before documents were kept for it")
    public Response getMeasurementReport(@PathParam("measurementId") UUID id,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format) {
        return answer(documents.current(DocumentKind.MEASUREMENT_REPORT, id, null, null, RenderOptions.none()), format);
    }

    @GET
    @Path("/pk/{agreementId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT })
    @Operation(summary = "The Perjanjian Kinerja document", description = "The statement page and the attachment table with both signatories; the counterparty (pihak kedua) from the query.")
    @APIResponse(responseCode = "200", description = "The document: PDF (format=pdf), XLSX (format=xlsx) or its data (format=json)",
            content = { @Content(mediaType = MediaTypes.PDF), @Content(mediaType = MediaTypes.XLSX),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PkDocument.Model.class)) })
    public Response getPerformanceAgreementDocument(@PathParam("agreementId") UUID id,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format,
            @QueryParam("counterpartyName") String name, @QueryParam("counterpartyNip") String nip,
            @QueryParam("counterpartyPosition") String position) {
        Party counterparty = name == null && position == null ? null : new Party(name, nip, position);
        return answer(documents.current(DocumentKind.PK, id, null, null, new RenderOptions(null, null, counterparty)),
                format);
    }

    @GET
    @Path("/lkjip/{agencyCode}/{year}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "LKjIP chapter III: the performance table per sasaran", description = "This year against the target, earlier years, the Renstra end target, and the agency's narrative. 409 before the year has a measurement.")
    @APIResponse(responseCode = "200", description = "The document: PDF (format=pdf), XLSX (format=xlsx) or its data (format=json)",
            content = { @Content(mediaType = MediaTypes.PDF), @Content(mediaType = MediaTypes.XLSX),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LkjipDocument.Model.class)) })
    @APIResponse(responseCode = "409", description = "Before the year has a measurement")
    public Response getLkjipChapter(@PathParam("agencyCode") String agencyCode, @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = FORMAT) String format) {
        return answer(documents.current(DocumentKind.LKJIP, null, agencyCode, year, RenderOptions.none()), format);
    }

    private static Response answer(Rendered d, String format) {
        return switch (format) {
            case "xlsx" -> Response.ok(d.xlsx(), MediaTypes.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + d.fileBase() + ".xlsx\"").build();
            case "json" -> Response.ok(d.model(), MediaType.APPLICATION_JSON).build();
            default -> Response.ok(d.pdf(), MediaTypes.PDF)
                    .header("Content-Disposition", "inline; filename=\"" + d.fileBase() + ".pdf\"").build();
        };
    }
}
