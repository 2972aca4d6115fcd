package id.sakip.commontests;

import id.sakip.common.sop.SopAggregateView;
import id.sakip.common.sop.SopAggregateWithFiles;
import id.sakip.common.sop.SopKit;
import id.sakip.common.sop.SopStep;
import id.sakip.common.sop.StepRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A service as the real ones are written on the kit: only what its steps do is its own. */
@ApplicationScoped
public class ProbeService
        extends SopAggregateWithFiles<Probe, ProbeService.View, ProbeService.NewProbe, ProbeService.Step> {

    public ProbeService(SopKit kit) {
        super(kit, Probe.class, "probe");
    }

    public record NewProbe(String agencyCode, StepRecord disposition) {
    }

    public record Step(long version, StepRecord document) {
    }

    public record View(UUID id, String agencyCode, long version, boolean closed) implements SopAggregateView {
    }

    @Override
    @Transactional
    public View open(NewProbe request) {
        Probe p = new Probe();
        p.id = UUID.randomUUID();
        p.agencyCode = kit.openingAgency(ProbeProcedure.NAME, request.agencyCode());
        p.persist();
        kit.start(p, ProbeProcedure.NAME, ProbeProcedure.ORDER, request.disposition());
        return viewOf(p);
    }

    @Override
    @Transactional
    public View completeStep(UUID id, String key, Step completion) {
        Probe p = writable(id);
        SopStep step = kit.stepUnderWay(p, key, completion.version());
        if (ProbeProcedure.CLOSE.equals(step.action())) {
            p.closed = true;
        }
        kit.complete(p, key, completion.document());
        return viewOf(p);
    }

    @Override
    protected View viewOf(Probe p) {
        return new View(p.id, p.agencyCode, p.version, p.closed);
    }
}
