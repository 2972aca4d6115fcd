package id.sakip.measurement.settings;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.measurement.capaian.CapaianSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's capaian settings: read (the defaults until set), and changed with a version, checked and audited. */
@ApplicationScoped
public class SettingsService {
    private final CallerContext caller;
    private final AuditLog audit;

    public SettingsService(CallerContext caller, AuditLog audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @Schema(name = "CapaianBand", description = "A category from its minimum capaian (inclusive) up to the next band")
    public record Band(@NotNull @DecimalMin("0") @DecimalMax("1000") @Schema(example = "91") BigDecimal minimum,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z_]+", message = "upper case and _") @Schema(example = "SANGAT_TINGGI") String category) {
    }

    @Schema(name = "CapaianSettings", description = "An agency's capaian settings (the defaults when it has set none)")
    public record Settings(
            @NotNull @Schema(description = "OFFICIAL (2 × target − realisasi) / target; RATIO target / realisasi; REDUCTION (target − realisasi) / target") CapaianSettings.LowerIsBetter lowerIsBetter,
            @DecimalMin("100") @DecimalMax("1000") @Schema(description = "Capaian above this is shown as this; none by default", example = "120") BigDecimal cap,
            @NotEmpty @Size(max = 10) List<@Valid @NotNull Band> bands,
            @NotNull CapaianSettings.RollUp rollUp,
            @Schema(description = "Whether these are the defaults") boolean defaults,
            @Schema(description = "The version last read; required to change settings an agency already has") Long version) {
    }

    @Transactional
    public Settings get(String code) {
        caller.readableAgency(code);
        AgencySettings s = AgencySettings.findById(code);
        CapaianSettings c = AgencySettings.of(code);
        return new Settings(c.lowerIsBetter(), c.cap(), c.bands().stream().map(b -> new Band(b.minimum(), b.category())).toList(),
                c.rollUp(), s == null, s == null ? null : s.version);
    }

    /** 422 when the bands repeat a minimum or a category, or none starts at 0; 409 on a stale version. */
    @Transactional
    public Settings put(String code, Settings req) {
        caller.writableAgency(code);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (req.bands().stream().map(b -> b.minimum().stripTrailingZeros()).distinct().count() != req.bands().size()) {
            errors.add(new Problem.FieldError("bands", "two bands have the same minimum"));
        }
        if (new HashSet<>(req.bands().stream().map(Band::category).toList()).size() != req.bands().size()) {
            errors.add(new Problem.FieldError("bands", "two bands have the same category"));
        }
        if (req.bands().stream().noneMatch(b -> b.minimum().signum() == 0)) {
            errors.add(new Problem.FieldError("bands", "one band must start at 0 so that every capaian has a category"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " problem(s) in the settings", errors);
        }
        AgencySettings s = AgencySettings.findById(code);
        Settings before = s == null ? null : get(code);
        if (s == null) {
            s = new AgencySettings();
            s.agencyCode = code;
        } else {
            if (req.version() == null) {
                throw ProblemException.unprocessable("version", "is required to change settings the agency already has");
            }
            ProblemException.requireVersion("capaian settings", code, s.version, req.version());
        }
        s.lowerIsBetter = req.lowerIsBetter();
        s.cap = req.cap();
        s.bands = req.bands().stream().map(b -> new CapaianSettings.Band(b.minimum(), b.category())).toList();
        s.rollUp = req.rollUp();
        s.updatedBy = caller.subject();
        s.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.persist();
        AgencySettings.flush();
        Settings after = get(code);
        audit.record(code, caller.subject(), "CAPAIAN_SETTINGS_CHANGED", "capaian-settings", code, before, after, null);
        return after;
    }
}
