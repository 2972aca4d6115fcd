package id.sakip.dashboard.view;

import java.util.List;

/** What the pages show, already in the page's words and number format. */
public final class Views {
    private Views() {
    }

    public record Counts(int forms, int onTime, int late, int missing, int pending) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(forms + o.forms, onTime + o.onTime, late + o.late, missing + o.missing, pending + o.pending);
        }
    }

    public record Choice(String value, String label, boolean selected) {
    }

    public record AgencyRow(String code, String name, String agreement, String roundStatus, Counts counts,
            String capaian, String category, String review) {
    }

    public record Region(String code, String name, List<AgencyRow> agencies, Counts counts) {
    }

    public record Overview(String officer, String provinceName, int year, String period, String periodLabel,
            List<Choice> periods, List<Region> regions, Counts totals, String dataAsOf) {
    }

    public record FormRow(String unitCode, String unitName, String status, String timeliness, String submittedBy,
            String submittedAt) {
    }

    public record PeriodRow(String period, String label, String roundStatus, Counts counts, String capaian,
            String category, String review, List<FormRow> forms) {
    }

    /** One line chart: a sasaran's capaian (%) per period of the year, as JSON arrays for app.js. */
    public record Chart(String title, String periodsJson, String valuesJson) {
    }

    public record IndicatorRow(String code, String name, String sasaran, String unitOfMeasure, String target,
            String realisasi, String capaian, String category, String achieved) {
    }

    public record AgencyPage(String officer, String provinceName, String code, String name, String regionName,
            int year, List<PeriodRow> periods, List<Chart> charts, String indicatorsPeriod, List<IndicatorRow> indicators,
            String dataAsOf) {
    }
}
