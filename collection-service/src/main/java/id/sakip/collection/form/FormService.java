package id.sakip.collection.form;

import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.CollectionProcedure;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.Evidence;
import id.sakip.collection.round.FormRow;
import id.sakip.collection.round.FormStatus;
import id.sakip.collection.round.RoundAuditTrail;
import id.sakip.collection.round.RoundChanged;
import id.sakip.collection.round.RoundStatus;
import id.sakip.collection.round.Rounds;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.audit.AuditLog;
import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import id.sakip.common.sop.SopEngine;
import id.sakip.common.vocabulary.PredicateScale;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;

@ApplicationScoped
public class FormService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final RoundAuditTrail trail;
    private final AuditLog audit;
    private final Rounds rounds;
    private final CallerContext caller;
    private final Outbox outbox;
    private final SopEngine sop;
    private final AttachmentStore attachments;
    private final Event<RoundChanged> changed;

    public FormService(Rounds rounds, CallerContext caller, Outbox outbox, SopEngine sop,
            AttachmentStore attachments, RoundAuditTrail trail, AuditLog audit, Event<RoundChanged> changed) {
        this.changed = changed;
        this.trail = trail;
        this.audit = audit;
        this.rounds = rounds;
        this.caller = caller;
        this.outbox = outbox;
        this.sop = sop;
        this.attachments = attachments;
    }

    @Transactional
    public FormDtos.FormView get(UUID id) {
        CollectionForm f = find(id);
        rounds.readable(f.roundId);
        return FormDtos.FormView.of(f);
    }

    /**
     * The forms the caller may see, newest deadline first: with {@code mine} only those of the caller's
     * unit (the token's {@code unit} claim), the screen a unit opens; narrowed by round and status.
     */
    @Transactional
    public Page<FormDtos.FormView> list(PageQuery page, boolean mine, UUID roundId, FormStatus status) {
        String unit = caller.unitCode();
        if (mine && unit == null) {
            throw ProblemException.unprocessable("mine", "the caller's token names no unit (claim 'unit')");
        }
        Sort sort = page.toSort("deadline", Set.of("deadline", "status", "unitCode", "submittedAt"));
        Filter f = Filter.scopedThrough(caller, "roundId", "CollectionRound").eq("unitCode", mine ? unit : null)
                .eq("roundId", roundId).eq("status", status);
        return Page.of(CollectionForm.find(f.query(), sort, f.params()), page, FormDtos.FormView::of);
    }

    /** Saves a draft: partial rows allowed; values are checked against the indicator's unit of measure. */
    @Transactional
    public FormDtos.FormView save(UUID id, FormDtos.FormUpdate req) {
        CollectionForm f = editable(id, req.version());
        apply(f, req.rows(), n -> "rows[" + n + "]", (n, column) -> "rows[" + n + "]." + column);
        return FormDtos.FormView.of(f);
    }

    /** The form as an XLSX workbook to fill in Excel. */
    @Transactional
    public byte[] workbook(UUID id) {
        CollectionForm f = find(id);
        return FormWorkbook.write(f, rounds.readable(f.roundId));
    }

    /**
     * Saves a filled workbook into the form: every bad cell is reported with its address and nothing
     * is saved unless all are good; a workbook made from an older version of the form is refused (409).
     */
    @Transactional
    public FormDtos.FormView upload(UUID id, byte[] xlsx) {
        rounds.formsWritable(find(id).roundId);
        FormWorkbook.Upload up = FormWorkbook.read(xlsx, id);
        CollectionForm f = editable(id, up.version());
        apply(f, up.rows(), n -> FormWorkbook.address(up.excelRows().get(n), FormWorkbook.COL_CODE),
                (n, column) -> FormWorkbook.address(up.excelRows().get(n), switch (column) {
                    case "realisasi" -> FormWorkbook.COL_REALISASI;
                    case "keterangan" -> FormWorkbook.COL_KETERANGAN;
                    default -> FormWorkbook.COL_CODE;
                }));
        return FormDtos.FormView.of(f);
    }

    /** Names a field of the n-th input row in error messages (a JSON path, or a spreadsheet cell). */
    public interface FieldNamer {
        String name(int n, String column);
    }

    /**
     * Checks every input row and saves them all, or none: each problem is named by {@code fields}
     * (the JSON path or the spreadsheet cell of the value).
     */
    void apply(CollectionForm f, List<FormDtos.RowInput> rows, IntFunction<String> rowName,
            FieldNamer fields) {
        Map<String, FormRow> byCode = new HashMap<>();
        f.rows.forEach(r -> byCode.put(r.indicatorCode, r));
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> values = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < rows.size(); n++) {
            FormDtos.RowInput in = rows.get(n);
            FormRow row = byCode.get(in.indicatorCode());
            if (row == null) {
                errors.add(new Problem.FieldError(fields.name(n, "indicatorCode"), "indicator " + in.indicatorCode()
                        + " is not on this form"));
                continue;
            }
            if (!seen.add(in.indicatorCode())) {
                errors.add(new Problem.FieldError(fields.name(n, "indicatorCode"), "indicator " + in.indicatorCode()
                        + " is given twice"));
            }
            String problem = valueOf(row, in, values);
            if (problem == null) {
                problem = checkValue(row.unitOfMeasure, values.get(in.indicatorCode()));
            }
            if (problem != null) {
                errors.add(new Problem.FieldError(fields.name(n, "realisasi"), "row " + row.position + " ("
                        + row.indicatorCode + "): " + problem));
            }
            if (in.evidence() != null) {
                for (int e = 0; e < in.evidence().size(); e++) {
                    FormDtos.EvidenceInput ev = in.evidence().get(e);
                    if ((ev.attachmentId() == null) == (ev.url() == null)) {
                        errors.add(new Problem.FieldError(fields.name(n, "evidence[" + e + "]"),
                                "give either an attachmentId or a url"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " row(s) are not valid", errors);
        }
        CollectionRound round = CollectionRound.findById(f.roundId);
        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        for (FormDtos.RowInput in : rows) {
            FormRow row = byCode.get(in.indicatorCode());
            BigDecimal value = values.get(in.indicatorCode());
            if (!Objects.equals(row.realisasi, value)
                    || !Objects.equals(row.keterangan, in.keterangan())) {
                before.put(row.indicatorCode, values(row.realisasi, row.keterangan));
                after.put(row.indicatorCode, values(value, in.keterangan()));
            }
            row.realisasi = value;
            row.keterangan = in.keterangan();
            if (in.evidence() != null) {
                row.evidence = evidence(round, in.evidence());
            }
        }
        flagAgainstHistory(round, f.unitCode, rows.stream().map(in -> byCode.get(in.indicatorCode())).toList());
        if (!after.isEmpty()) {
            audit.record(round.agencyCode, caller.subject(), "FORM_VALUES_CHANGED", "form", f.id, before, after, null);
        }
        // only child rows changed: lock the form and move its version so a concurrent editor gets 409
        CollectionForm.getEntityManager().lock(f, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        CollectionForm.flush();
    }

    private static Map<String, Object> values(BigDecimal realisasi, String keterangan) {
        Map<String, Object> m = new TreeMap<>();
        m.put("realisasi", realisasi == null ? null : realisasi.stripTrailingZeros().toPlainString());
        m.put("keterangan", keterangan);
        return m;
    }

    private List<Evidence> evidence(CollectionRound round, List<FormDtos.EvidenceInput> in) {
        List<UUID> ids = in.stream().map(FormDtos.EvidenceInput::attachmentId).filter(Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            attachments.requireOwned(round.id, ids, "evidence");
        }
        return in.stream().map(e -> e.attachmentId() == null ? new Evidence(null, null, e.url(), e.label())
                : new Evidence(e.attachmentId(), attachments.get(round.id, e.attachmentId()).fileName, null, e.label()))
                .toList();
    }

    /**
     * The unit acknowledges receipt of its form (Bukti tanda terima formulir), once; repeating it
     * changes nothing.
     */
    @Transactional
    public FormDtos.FormView acknowledge(UUID id) {
        CollectionForm f = find(id);
        CollectionRound round = rounds.formsWritable(f.roundId);
        checkUnit(f);
        if (round.distributedAt == null) {
            throw ProblemException.conflict("form " + id + " has not been distributed yet");
        }
        if (f.receivedAt == null) {
            f.receivedBy = caller.subject();
            f.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
            trail.record(round, f.id, "FORM_RECEIVED", f.status, f.status, null);
            CollectionForm.flush();
        }
        changed.fire(new RoundChanged(f.roundId));
        return FormDtos.FormView.of(f);
    }

    /** Submits the form to Tim SAKIP (FormSubmitted). Every row needs its realisasi. */
    @Transactional
    public FormDtos.FormView submit(UUID id, long version) {
        // the round is locked: of two last forms submitted at once, the second sees the first and ends the filling step
        CollectionForm f = editable(id, version, true);
        if (caller.hasRole(Roles.STAF) && !caller.hasRole(Roles.UNIT) && !caller.hasRole(Roles.TIM_SAKIP)) {
            throw ProblemException.forbidden("staf may fill a form; the unit head submits it");
        }
        CollectionRound round = CollectionRound.findById(f.roundId);
        FormStatus from = f.status;
        FormSubmitted submitted = f.submit(round, caller.person(), OffsetDateTime.now(ZoneOffset.UTC));
        trail.record(round, f.id, "FORM_SUBMITTED", from, f.status, null);
        CollectionForm.flush();
        outbox.publish(submitted);
        List<CollectionForm> all = CollectionForm.list("roundId = ?1 order by unitCode", round.id);
        if (all.stream().allMatch(o -> o.status == FormStatus.SUBMITTED) && sop.isAt(round.id, CollectionProcedure.FILL)) {
            // the last form in ends the filling step
            sop.completeBySystem(round.id, CollectionProcedure.FILL, String.join(", ",
                    all.stream().map(o -> o.submittedBy).distinct().toList()));
        }
        changed.fire(new RoundChanged(f.roundId));
        return FormDtos.FormView.of(f);
    }

    CollectionForm find(UUID id) {
        CollectionForm f = CollectionForm.findById(id);
        if (f == null) {
            throw ProblemException.notFound("form", id);
        }
        return f;
    }

    private void checkUnit(CollectionForm f) {
        if ((caller.hasRole(Roles.UNIT) || caller.hasRole(Roles.STAF)) && !caller.hasRole(Roles.TIM_SAKIP)
                && !caller.isAdmin() && !f.unitCode.equals(caller.unitCode())) {
            throw ProblemException.forbidden("form " + f.id + " belongs to unit " + f.unitCode);
        }
    }

    CollectionForm editable(UUID id, long version) {
        return editable(id, version, false);
    }

    /** The draft form, its round share-locked (or locked, {@code lockRound}) and the form's version checked. */
    CollectionForm editable(UUID id, long version, boolean lockRound) {
        CollectionForm f = find(id);
        CollectionRound round = lockRound ? rounds.writable(f.roundId) : rounds.formsWritable(f.roundId);
        checkUnit(f);
        ProblemException.requireVersion("form", id, f.version, version);
        if (f.status != FormStatus.DRAFT || round.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("form " + id + " is " + f.status + " in a round that is " + round.status);
        }
        return f;
    }

    /**
     * Flags each row whose value is far (more than half) off the mean of this unit's submitted values
     * of the same indicator in earlier rounds (at least two). One query for all the rows; it reads
     * other rounds only, so it does not need the pending changes flushed first.
     */
    static void flagAgainstHistory(CollectionRound round, String unitCode, List<FormRow> rows) {
        List<String> codes = new ArrayList<>();
        for (FormRow row : rows) {
            row.flagged = false;
            row.flagReason = null;
            if (row.realisasi != null) {
                codes.add(row.indicatorCode);
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        Map<String, List<BigDecimal>> history = new HashMap<>();
        CollectionForm.getEntityManager().createQuery("""
                select r.indicatorCode, r.realisasi from FormRow r join r.form f, CollectionRound o
                 where f.roundId = o.id and o.agencyCode = :agency and f.unitCode = :unit
                   and r.indicatorCode in :codes and f.status = :submitted and o.id <> :round
                   and r.realisasi is not null""", Object[].class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("agency", round.agencyCode).setParameter("unit", unitCode)
                .setParameter("codes", codes).setParameter("submitted", FormStatus.SUBMITTED)
                .setParameter("round", round.id).getResultList()
                .forEach(r -> history.computeIfAbsent((String) r[0], c -> new ArrayList<>()).add((BigDecimal) r[1]));
        for (FormRow row : rows) {
            List<BigDecimal> earlier = history.getOrDefault(row.indicatorCode, List.of());
            if (row.realisasi == null || earlier.size() < 2) {
                continue;
            }
            BigDecimal mean = earlier.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(earlier.size()), 4, RoundingMode.HALF_UP);
            BigDecimal distance = row.realisasi.subtract(mean).abs();
            boolean far = mean.signum() == 0 ? row.realisasi.signum() != 0
                    : distance.compareTo(mean.abs().multiply(new BigDecimal("0.5"))) > 0;
            if (far) {
                row.flagged = true;
                row.flagReason = "far off this unit's average of " + earlier.size() + " earlier periods ("
                        + mean.stripTrailingZeros().toPlainString() + ")";
            }
        }
    }

    /**
     * The row's new realisasi into {@code values}: the number given, or for a predicate indicator the
     * number its label counts as; returns what is wrong instead (a label without a scale, a label or a
     * number off the scale, a label and a number that disagree).
     */
    private static String valueOf(FormRow row, FormDtos.RowInput in, Map<String, BigDecimal> values) {
        Optional<PredicateScale> scale = PredicateScale.of(row.predicateScale);
        BigDecimal value = in.realisasi();
        if (in.realisasiLabel() != null) {
            if (scale.isEmpty()) {
                return "'" + in.realisasiLabel() + "' is not a number";
            }
            Optional<BigDecimal> v = scale.get().valueOf(in.realisasiLabel());
            if (v.isEmpty()) {
                return "'" + in.realisasiLabel() + "' is not on the scale " + scale.get().describe();
            }
            if (value != null && value.compareTo(v.get()) != 0) {
                return "realisasi " + value.toPlainString() + " and its label " + in.realisasiLabel() + " disagree";
            }
            value = v.get();
        } else if (value != null && scale.isPresent() && !scale.get().contains(value)) {
            return value.toPlainString() + " is not on the scale " + scale.get().describe();
        }
        values.put(in.indicatorCode(), value);
        return null;
    }

    /** Null when the value fits the unit of measure, else what is wrong. */
    static String checkValue(String unitOfMeasure, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return "must not be negative";
        }
        if ("%".equals(unitOfMeasure) && value.compareTo(HUNDRED) > 0) {
            return "a percentage must be between 0 and 100";
        }
        return null;
    }
}
