package id.sakip.indicator.agency;

import id.sakip.common.input.Code;
import id.sakip.common.input.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AgencyDtos {
    private AgencyDtos() {
    }

    @Schema(name = "NewAgency", description = "An agency to register (Instansi)")
    public record NewAgency(
            @NotBlank @Code @Size(max = 40) @Schema(example = "1506-KEC-KUALA-BETARA", pattern = Codes.PATTERN) String code,
            @NotBlank @Size(max = 300) @Schema(example = "Kecamatan Kuala Betara") String name,
            @NotNull AgencyType type,
            @NotBlank @Pattern(regexp = "\\d{4}", message = "must be the 4-digit Kemendagri kabupaten/kota code")
            @Schema(example = "1506", description = "Kemendagri kabupaten/kota code (Tanjung Jabung Barat)") String regionCode,
            @Size(max = 500) @Schema(example = "Jl. Lintas Timur, Kuala Betara") String address) {
    }

    @Schema(name = "Agency", description = "An agency (Instansi) with its Kemendagri region and province codes")
    public record AgencyView(String code, String name, AgencyType type, String regionCode,
            @Schema(description = "Kemendagri province code: the first 2 digits of the region code") String provinceCode,
            String address, long version) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code, a.name, a.type, a.regionCode, a.provinceCode, a.address, a.version);
        }
    }
}
