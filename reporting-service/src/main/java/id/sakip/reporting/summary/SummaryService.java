package id.sakip.reporting.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
public class SummaryService {
    private final ObjectMapper mapper;
    private final CallerContext caller;

    public SummaryService(ObjectMapper mapper, CallerContext caller) {
        this.mapper = mapper;
        this.caller = caller;
    }

    @Schema(name = "MeasurementSummary", description = "Capaian of an agency for a period, as JSON for front-ends")
    public record SummaryView(UUID measurementId, int measurementVersion, boolean current, UUID roundId,
            String agencyCode, String regionCode,
            String provinceCode, int year, String period, OffsetDateTime computedAt, BigDecimal averageCapaian,
            String category, int achievedCount, int notAchievedCount,
            List<MeasurementComputed.IndicatorResult> indicators) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(MeasurementComputed e) {
        List<MeasurementSummary> others = MeasurementSummary.list("roundId", e.roundId());
        boolean newest = others.stream().allMatch(o -> o.measurementVersion < e.measurementVersion());
        if (newest) {
            others.forEach(o -> o.superseded = true);
        }
        MeasurementSummary s = new MeasurementSummary();
        s.measurementId = e.measurementId();
        s.measurementVersion = e.measurementVersion();
        s.superseded = !newest; // a late older version is kept, but not listed as current
        s.roundId = e.roundId();
        s.agencyCode = e.agencyCode();
        s.regionCode = e.regionCode();
        s.provinceCode = e.provinceCode();
        s.year = e.year();
        s.period = e.period();
        s.computedAt = e.computedAt();
        s.averageCapaian = e.averageCapaian();
        s.category = e.category();
        s.achievedCount = e.achievedCount();
        s.notAchievedCount = e.notAchievedCount();
        try {
            s.indicators = mapper.writeValueAsString(e.indicators());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        s.payload = e;
        s.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.persist();
    }

    /** The Sekretaris approved (or the head signed) a measurement version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(UUID measurementId, String approvedBy, OffsetDateTime approvedAt, String signedBy,
            OffsetDateTime signedAt) {
        MeasurementSummary s = MeasurementSummary.findById(measurementId);
        if (s == null) {
            return;
        }
        if (approvedBy != null) {
            s.approvedBy = approvedBy;
            s.approvedAt = approvedAt;
        }
        if (signedBy != null) {
            s.signedBy = signedBy;
            s.signedAt = signedAt;
        }
    }

    @Transactional
    public SummaryView get(UUID measurementId) {
        MeasurementSummary s = caller.readable(MeasurementSummary.<MeasurementSummary>findById(measurementId),
                "measurement summary", measurementId);
        return view(s);
    }

    @Transactional
    public Page<SummaryView> list(PageQuery page, String agencyCode, Integer year, String period) {
        var sort = page.toSort("computedAt", Set.of("computedAt", "year", "period", "averageCapaian", "agencyCode"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period).eq("superseded", false);
        return Page.of(MeasurementSummary.find(f.query(), sort, f.params()), page, this::view);
    }

    private SummaryView view(MeasurementSummary s) {
        try {
            List<MeasurementComputed.IndicatorResult> indicators = List.of(
                    mapper.readValue(s.indicators, MeasurementComputed.IndicatorResult[].class));
            return new SummaryView(s.measurementId, s.measurementVersion, !s.superseded, s.roundId, s.agencyCode, s.regionCode, s.provinceCode, s.year,
                    s.period, s.computedAt, s.averageCapaian, s.category, s.achievedCount, s.notAchievedCount,
                    indicators);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
