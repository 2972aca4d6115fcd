package id.sakip.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.event.v1.FormReturned;
import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TopicReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events as the other services publish them, for the reporting read models. */
final class ReportingFixtures {
    static final String REGION = "1506";
    static final String PROVINCE = "15";
    private final ObjectMapper mapper;
    final String agency;

    ReportingFixtures(ObjectMapper mapper, String agency) {
        this.mapper = mapper;
        this.agency = agency;
    }

    static String newAgency() {
        return TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), REGION);
    }

    void send(String topic, String type, String key, Object payload) {
        try {
            TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(topic, UUID.randomUUID(), type, key,
                    new EventScope(agency, REGION, PROVINCE), mapper.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void agency(String name) {
        send(EventTypes.Topics.AGENCIES, EventTypes.AGENCY_REGISTERED, agency,
                new AgencyRegistered(agency, REGION, PROVINCE, name, "KECAMATAN"));
    }

    static PerformanceAgreementSigned.Item item(String code, String name, String tujuan, String sasaran, String unit,
            String annual, String endTarget, String... quarters) {
        return new PerformanceAgreementSigned.Item(code, name, "IKU", sasaran, unit, Polarity.HIGHER_IS_BETTER, Aggregation.AVERAGE,
                "QUARTERLY", "SEKRETARIAT", new BigDecimal(annual),
                java.util.Arrays.stream(quarters).map(BigDecimal::new).toList(), null, null, null, null, null, tujuan,
                null, new BigDecimal(endTarget));
    }

    UUID pk(int year, List<PerformanceAgreementSigned.Item> items) {
        UUID id = UUID.randomUUID();
        send(EventTypes.Topics.AGREEMENTS, EventTypes.AGREEMENT_SIGNED, agency + "/" + year + "/HEAD",
                new PerformanceAgreementSigned(id, agency, REGION, PROVINCE, year, 1, AgreementKind.HEAD, null, null,
                        OffsetDateTime.of(year, 1, 15, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                        new PerformanceAgreementSigned.Signatory("H. Ahmad Fauzi, S.Sos", "197501012000031001",
                                "Camat Kuala Betara"), items));
        return id;
    }

    /** A whole collection round: opened with deadlines, two submissions (one late), a return, the approved recap. */
    UUID round(int year, String period, OffsetDateTime deadline) {
        UUID round = UUID.randomUUID();
        String key = round.toString();
        UUID sekForm = UUID.randomUUID();
        UUID pemForm = UUID.randomUUID();
        send(EventTypes.Topics.ROUNDS, EventTypes.ROUND_OPENED, key, new CollectionRoundOpened(round, agency, REGION,
                PROVINCE, year, period, UUID.randomUUID(), List.of(new CollectionRoundOpened.FormRef(sekForm, "SEKRETARIAT", deadline),
                        new CollectionRoundOpened.FormRef(pemForm, "SEKSI-PEM", deadline))));
        send(EventTypes.Topics.ROUNDS, EventTypes.FORM_SUBMITTED, key, new FormSubmitted(round, sekForm, agency, REGION,
                PROVINCE, year, period, "SEKRETARIAT", "unit@SEKRETARIAT", deadline.minusDays(1), List.of()));
        send(EventTypes.Topics.ROUNDS, EventTypes.FORM_RETURNED, key, new FormReturned(round, pemForm, agency, REGION,
                PROVINCE, year, period, "SEKSI-PEM", "sekretaris@kb", deadline.plusHours(1),
                "Bukti dukung LPPDes belum dilampirkan"));
        send(EventTypes.Topics.ROUNDS, EventTypes.FORM_SUBMITTED, key, new FormSubmitted(round, pemForm, agency, REGION,
                PROVINCE, year, period, "SEKSI-PEM", "unit@SEKSI-PEM", deadline.plusDays(2), List.of()));
        send(EventTypes.Topics.ROUNDS, EventTypes.RECAP_APPROVED, key, new RecapApproved(round, agency, REGION, PROVINCE,
                year, period, UUID.randomUUID(), 1, 1, "sekretaris@kb", deadline.plusDays(3), List.of(
                        new RecapApproved.Row("IKU-01", "Indeks Kepuasan Masyarakat", "Meningkatnya kualitas pelayanan",
                                "indeks", Polarity.HIGHER_IS_BETTER, "SEKRETARIAT", new BigDecimal("82"), new BigDecimal("80"),
                                new BigDecimal("84"), "Survei IKM 150 responden", null, null),
                        new RecapApproved.Row("IKU-02", "Persentase desa menyampaikan LPPDes tepat waktu",
                                "Meningkatnya tata kelola desa", "%", Polarity.HIGHER_IS_BETTER, "SEKSI-PEM", new BigDecimal("100"),
                                new BigDecimal("25"), new BigDecimal("20"), "2 desa terlambat karena pergantian operator",
                                null, null))));
        return round;
    }

    /** MeasurementComputed with {@code n} indicators (the first two as in {@link #round}), tujuan T1/T2. */
    UUID measurement(int year, String period, UUID round, int n, String firstRealisasi) {
        UUID id = UUID.randomUUID();
        List<MeasurementComputed.IndicatorResult> indicators = new ArrayList<>();
        indicators.add(result("IKU-01", "Indeks Kepuasan Masyarakat", "T1 Pelayanan", "Meningkatnya kualitas pelayanan",
                "80", firstRealisasi, "SEKRETARIAT", "Survei IKM 150 responden"));
        indicators.add(result("IKU-02", "Persentase desa menyampaikan LPPDes tepat waktu", "T2 Tata kelola",
                "Meningkatnya tata kelola desa", "25", "20", "SEKSI-PEM", "2 desa terlambat karena pergantian operator"));
        for (int i = 3; i <= n; i++) {
            indicators.add(result(String.format("IKK-%03d", i), "Indikator kinerja kegiatan nomor " + i
                    + " dengan nama yang cukup panjang untuk dibungkus", "T2 Tata kelola", "Meningkatnya tata kelola desa",
                    "50", String.valueOf(40 + i % 20), "SEKSI-PMD", i % 3 == 0 ? "Kegiatan tertunda" : null));
        }
        MeasurementComputed m = new MeasurementComputed(id, 1, round, agency, REGION, PROVINCE, year, period,
                OffsetDateTime.now(), new BigDecimal("92.50"), "SANGAT_TINGGI", 1, n - 1, List.of(
                        new MeasurementComputed.SasaranResult("Meningkatnya kualitas pelayanan", new BigDecimal("105.00"),
                                "SANGAT_TINGGI", 1, 0, "T1 Pelayanan"),
                        new MeasurementComputed.SasaranResult("Meningkatnya tata kelola desa", new BigDecimal("80.00"),
                                "TINGGI", 0, n - 1, "T2 Tata kelola")),
                indicators, List.of(new MeasurementComputed.TujuanResult("T1 Pelayanan", new BigDecimal("105.00"),
                        "SANGAT_TINGGI", 1, 0), new MeasurementComputed.TujuanResult("T2 Tata kelola",
                                new BigDecimal("80.00"), "TINGGI", 0, n - 1)), 1, MeasurementComputed.BY_RECAP);
        send(EventTypes.Topics.MEASUREMENTS, EventTypes.MEASUREMENT_COMPUTED, round.toString(), m);
        return id;
    }

    private static MeasurementComputed.IndicatorResult result(String code, String name, String tujuan, String sasaran,
            String target, String realisasi, String unit, String keterangan) {
        BigDecimal t = new BigDecimal(target);
        BigDecimal r = new BigDecimal(realisasi);
        BigDecimal c = r.multiply(BigDecimal.valueOf(100)).divide(t, 2, RoundingMode.HALF_UP);
        boolean ok = c.compareTo(BigDecimal.valueOf(100)) >= 0;
        return new MeasurementComputed.IndicatorResult(code, name, sasaran, Polarity.HIGHER_IS_BETTER, t, null, r, c,
                ok ? "SANGAT_TINGGI" : "TINGGI", ok, tujuan, Aggregation.AVERAGE, t, r, t, c, c, unit, keterangan, null, null,
                ok ? "SANGAT_TINGGI" : "TINGGI", ok ? "SANGAT_TINGGI" : "TINGGI", "%");
    }
}
