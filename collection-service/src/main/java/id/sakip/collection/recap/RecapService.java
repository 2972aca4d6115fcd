package id.sakip.collection.recap;

import id.sakip.collection.form.CollectionForm;
import id.sakip.collection.form.FormStatus;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.RoundDtos;
import id.sakip.collection.round.RoundService;
import id.sakip.collection.round.RoundStatus;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Rekapitulasi: Tim SAKIP compiles the submitted forms, the Sekretaris approves (RecapApproved). */
@ApplicationScoped
public class RecapService {
    private final RoundService rounds;
    private final CallerContext caller;
    private final Outbox outbox;

    public RecapService(RoundService rounds, CallerContext caller, Outbox outbox) {
        this.rounds = rounds;
        this.caller = caller;
        this.outbox = outbox;
    }

    public record RecapView(UUID roundId, RoundStatus status, List<RecapApproved.Row> rows) {
    }

    @Transactional
    public RecapView view(UUID roundId) {
        CollectionRound r = rounds.readable(roundId);
        return new RecapView(r.id, r.status, rows(r));
    }

    @Transactional
    public RoundDtos.RoundView compile(UUID roundId, long version) {
        CollectionRound r = rounds.writable(roundId);
        ProblemException.requireVersion("round", r.id, r.version, version);
        if (r.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("round " + roundId + " is " + r.status);
        }
        List<CollectionForm> forms = CollectionForm.list("roundId", r.id);
        List<String> pending = forms.stream().filter(f -> f.status != FormStatus.SUBMITTED).map(f -> f.unitCode)
                .toList();
        if (!pending.isEmpty()) {
            throw ProblemException.conflict("forms not yet submitted by: " + String.join(", ", pending));
        }
        r.status = RoundStatus.RECAP_COMPILED;
        r.recapCompiledBy = caller.subject();
        r.recapCompiledAt = OffsetDateTime.now(ZoneOffset.UTC);
        CollectionRound.flush();
        return RoundService.view(r, forms);
    }

    @Transactional
    public RoundDtos.RoundView approve(UUID roundId, long version) {
        CollectionRound r = rounds.writable(roundId);
        ProblemException.requireVersion("round", r.id, r.version, version);
        if (r.status != RoundStatus.RECAP_COMPILED) {
            throw ProblemException.conflict("round " + roundId + " is " + r.status + "; only a compiled recap can be approved");
        }
        r.status = RoundStatus.APPROVED;
        r.approvedBy = caller.subject();
        r.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        CollectionRound.flush();
        outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.RECAP_APPROVED, "rounds/" + r.id,
                r.scope(), new RecapApproved(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period,
                        r.agreementId, r.agreementVersion, r.approvedBy, r.approvedAt, rows(r)));
        return RoundService.view(r, CollectionForm.list("roundId", r.id));
    }

    private static List<RecapApproved.Row> rows(CollectionRound r) {
        return CollectionForm.<CollectionForm>list("roundId = ?1 order by unitCode", r.id).stream()
                .flatMap(f -> f.rows.stream().map(row -> new RecapApproved.Row(row.indicatorCode, row.indicatorName,
                        row.sasaran, row.unitOfMeasure, row.polarity, f.unitCode, row.annualTarget, row.periodTarget,
                        row.realisasi, row.keterangan, row.annualTargetUpper, row.periodTargetUpper)))
                .toList();
    }

}
