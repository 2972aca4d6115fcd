package id.sakip.measurement.measurement;

import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Read models of a measurement: the worksheet, the roll-up tree, a province's headline figures. */
public final class WorksheetDtos {
    private WorksheetDtos() {
    }

    @Schema(name = "WorksheetRow", description = "One indicator of the Kertas Kerja Pengukuran Kinerja")
    public record Row(int no, String tujuan, String sasaran, String indicatorCode, String indicatorName,
            String responsibleUnit, Polarity polarity, @Schema(description = "How the capaian is computed") String formula,
            @Schema(description = "kumulatif (CUMULATIVE), rata-rata (AVERAGE), posisi akhir (LAST)") Aggregation aggregation,
            BigDecimal annualTarget, BigDecimal target, BigDecimal targetUpper, BigDecimal realisasi, BigDecimal capaian,
            String category, boolean achieved, BigDecimal realisasiToDate, BigDecimal targetToDate,
            BigDecimal capaianToDate, @Schema(description = "Realisasi to date against the annual target") BigDecimal capaianOfYear,
            @Schema(description = "The unit's explanation") String keterangan,
            @Schema(description = "Predicate indicators: the target's label") String targetLabel,
            @Schema(description = "Predicate indicators: the realisasi's label") String realisasiLabel,
            @Schema(description = "Category of the capaian to date") String categoryToDate,
            @Schema(description = "Category of the capaian against the annual target") String categoryOfYear) {
    }

    @Schema(name = "Worksheet", description = "Kertas Kerja Pengukuran Kinerja of a period: every indicator with the values used, and the ones not achieved")
    public record Worksheet(UUID measurementId, UUID roundId, int measurementVersion,
            @Schema(deprecated = true, description = "Old name of measurementVersion, kept for one release") int versionNo, String agencyCode, int year, String period,
            OffsetDateTime computedAt, BigDecimal averageCapaian, String category, int achievedCount,
            int notAchievedCount, List<Row> rows,
            @Schema(description = "Indicators below 100% (or not reported), with the units' Keterangan") List<Row> notAchieved) {
    }

    @Schema(name = "RollUpNode", description = "A node of the roll-up: the agency, a sasaran, or an indicator")
    public record Node(String level, String code,
            @Schema(description = "What the node is called: the agency's name, the sasaran, the indicator's name") String name,
            BigDecimal capaian, String category, int achievedCount, int notAchievedCount, List<Node> children,
            @Schema(deprecated = true, description = "Old name of achievedCount, kept for one release") int achieved,
            @Schema(deprecated = true, description = "Old name of notAchievedCount, kept for one release") int notAchieved) {

        static Node of(String level, String code, String name, BigDecimal capaian, String category, int achievedCount,
                int notAchievedCount, List<Node> children) {
            return new Node(level, code, name, capaian, category, achievedCount, notAchievedCount, children, achievedCount,
                    notAchievedCount);
        }
    }

    @Schema(name = "ProvinceHeadline", description = "One agency's headline figures for a period")
    public record Headline(String agencyCode, String agencyName, String regionCode, int year, String period,
            UUID measurementId, int measurementVersion,
            @Schema(deprecated = true, description = "Old name of measurementVersion, kept for one release") int versionNo, BigDecimal averageCapaian, String category, int achievedCount, int notAchievedCount,
            OffsetDateTime computedAt) {
    }
}
