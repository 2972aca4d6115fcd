package id.sakip.indicator.organisation;

import id.sakip.common.input.Code;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OrganisationDtos {
    private OrganisationDtos() {
    }

    @Schema(name = "NewUnit", description = "A data-supplying unit (Sekretariat, Bidang, Seksi, Subbag, UPT)")
    public record NewUnit(
            @NotBlank @Code @Size(max = 60) @Pattern(regexp = "[A-Z0-9-]+", message = "upper-case letters, digits and dashes")
            @Schema(example = "SEKSI-PEM") String code,
            @NotNull @Schema(example = "SEKSI") Unit.UnitKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "Seksi Pemerintahan") String name,
            @NotNull @Schema(description = "Date from which the name applies", example = "2021-01-01") LocalDate validFrom) {
    }

    @Schema(name = "UnitRename", description = "A new name from a date on; earlier documents keep the old name")
    public record Rename(
            @NotNull @Schema(description = "The unit version last read", example = "0") Long version,
            @NotBlank @Size(max = 300) @Schema(example = "Seksi Pemerintahan dan Pelayanan Umum") String name,
            @NotNull @Schema(example = "2026-01-01") LocalDate validFrom) {
    }

    @Schema(name = "UnitNameVersion", description = "A unit name from a date on")
    public record NameView(LocalDate validFrom, String name) {
    }

    @Schema(name = "Unit", description = "A unit with its name on the date asked for and its name history")
    public record UnitView(UUID id, String agencyCode, String code, Unit.UnitKind kind,
            @Schema(description = "The name on the date asked for (default today)") String name,
            List<NameView> history, long version) {
        static UnitView of(Unit u, LocalDate on) {
            return new UnitView(u.id, u.agencyCode, u.code, u.kind, u.nameOn(on),
                    u.names.stream().map(n -> new NameView(n.validFrom, n.name)).toList(), u.version);
        }
    }

    @Schema(name = "NewOfficial", description = "An official (pejabat) and the position held")
    public record NewOfficial(
            @NotBlank @Size(max = 200) @Schema(example = "Drs. Yusuf Hamdani") String name,
            @NotBlank @Pattern(regexp = "\\d{18}", message = "must be an 18-digit NIP") @Schema(example = "196805121994031004") String nip,
            @NotBlank @Size(max = 200) @Schema(example = "Sekretaris Camat") String position,
            @NotNull Official.OfficialRole role,
            @Size(max = 60) @Code @Schema(description = "Unit code, for unit heads and staff", example = "SEKRETARIAT") String unitCode,
            @Schema(description = "Member of the Tim SAKIP", example = "true") boolean timSakip,
            @NotNull @Schema(example = "2024-02-01") LocalDate validFrom,
            @Schema(description = "Last day in the position; empty while in office") LocalDate validTo,
            @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "must be a login name (lower case, digits, . _ -)")
            @Schema(description = "The official's login at the identity provider (Keycloak username): links the position to the person whose name and NIP the documents print", example = "nurhayati") String username) {
    }

    @Schema(name = "Official", description = "An official and the position held, dated")
    public record OfficialView(UUID id, String agencyCode, String name, String nip, String position,
            Official.OfficialRole role, String unitCode, boolean timSakip, LocalDate validFrom, LocalDate validTo,
            @Schema(description = "Login at the identity provider, when linked") String username) {
        static OfficialView of(Official o) {
            return new OfficialView(o.id, o.agencyCode, o.name, o.nip, o.position, o.role, o.unitCode, o.timSakip,
                    o.validFrom, o.validTo, o.username);
        }
    }
}
