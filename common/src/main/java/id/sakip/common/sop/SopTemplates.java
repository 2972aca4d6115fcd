package id.sakip.common.sop;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The procedures of this service, their default templates and the agencies' own variants. */
@ApplicationScoped
public class SopTemplates {
    static final Set<String> ROLES = roleNames();
    private final Instance<SopProcedure> procedures;
    private final AuditLog audit;
    private final CallerContext caller;

    public SopTemplates(Instance<SopProcedure> procedures, AuditLog audit, CallerContext caller) {
        this.procedures = procedures;
        this.audit = audit;
        this.caller = caller;
    }

    /** The template the named agency (the caller's own when none is named) follows, if the caller may read it. */
    public Effective effectiveFor(String procedure, String requestedAgency) {
        return effective(procedure, caller.readableAgency(requestedAgency).agencyCode);
    }

    /** Defines the named agency's variant (the caller's own when none is named), if the caller may change it. */
    @Transactional
    public Effective defineFor(String procedure, String requestedAgency, String name, List<SopStep> steps) {
        return define(procedure, caller.writableAgency(requestedAgency).agencyCode, name, steps, caller.subject());
    }

    /** The template an agency runs: its latest variant, else the procedure's default (version 0). */
    @Schema(name = "SopTemplate", description = "The SOP an agency follows: its own variant, or the default (version 0)")
    public record Effective(String procedure, String agencyCode, String name, int version, boolean agencyVariant,
            List<SopStep> steps, OffsetDateTime definedAt, String definedBy) {
    }

    public SopProcedure procedure(String name) {
        return procedures.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("procedure", name));
    }

    public Effective effective(String procedure, String agencyCode) {
        SopProcedure p = procedure(procedure);
        SopTemplate t = agencyCode == null ? null : SopTemplate.latest(procedure, agencyCode);
        if (t == null) {
            return new Effective(procedure, agencyCode, p.defaultName(), 0, false, p.defaultSteps(), null, null);
        }
        return new Effective(procedure, agencyCode, t.name, t.version, true, t.steps, t.createdAt, t.createdBy);
    }

    /** Stores a new version of the agency's variant after checking it against the procedure's rules. */
    @Transactional
    public Effective define(String procedure, String agencyCode, String name, List<SopStep> steps, String actor) {
        SopProcedure p = procedure(procedure);
        List<Problem.FieldError> errors = validate(p, steps);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " problem(s) in the steps", errors);
        }
        SopTemplate latest = SopTemplate.latest(procedure, agencyCode);
        SopTemplate t = new SopTemplate();
        t.id = UUID.randomUUID();
        t.procedure = procedure;
        t.agencyCode = agencyCode;
        t.version = latest == null ? 1 : latest.version + 1;
        t.name = name;
        t.steps = List.copyOf(steps);
        t.createdBy = actor;
        t.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.persist();
        audit.record(agencyCode, actor, "SOP_TEMPLATE_DEFINED", "sop-template:" + procedure, t.id,
                latest == null ? null : Map.of("version", latest.version, "name", latest.name),
                Map.of("version", t.version, "name", t.name, "steps", t.steps), null);
        return effective(procedure, agencyCode);
    }

    /** Each problem of a step list, named by its index: keys unique, roles and actions known, durations valid. */
    public static List<Problem.FieldError> validate(SopProcedure p, List<SopStep> steps) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> bound = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (int n = 0; n < steps.size(); n++) {
            SopStep s = steps.get(n);
            String f = "steps[" + n + "]";
            if (!keys.add(s.key())) {
                errors.add(new Problem.FieldError(f + ".key", "key " + s.key() + " is used twice"));
            }
            for (String role : s.roles()) {
                if (!ROLES.contains(role)) {
                    errors.add(new Problem.FieldError(f + ".roles", "unknown role " + role + "; known: " + ROLES));
                }
            }
            if (s.standard() != null && !s.standard().isBlank()) {
                try {
                    Duration d = Duration.parse(s.standard());
                    if (d.isNegative() || d.isZero()) {
                        errors.add(new Problem.FieldError(f + ".standard", "must be positive"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new Problem.FieldError(f + ".standard", "is not an ISO-8601 duration (PT60M, PT2H, P1D)"));
                }
            }
            if (SopStep.RECORD.equals(s.action())) {
                continue;
            }
            if (!p.actions().contains(s.action())) {
                errors.add(new Problem.FieldError(f + ".action", "unknown action " + s.action() + "; known: RECORD, "
                        + String.join(", ", p.actions())));
            } else if (!bound.add(s.action())) {
                errors.add(new Problem.FieldError(f + ".action", "action " + s.action() + " appears twice"));
            } else if (p.requiredActions().contains(s.action())) {
                order.add(s.action());
            }
        }
        for (String required : p.requiredActions()) {
            if (!bound.contains(required)) {
                errors.add(new Problem.FieldError("steps", "the procedure needs a step with action " + required));
            }
        }
        if (errors.isEmpty() && !order.equals(p.requiredActions())) {
            errors.add(new Problem.FieldError("steps", "steps with actions " + p.requiredActions()
                    + " must come in this order"));
        }
        if (errors.isEmpty() && !steps.get(0).action().equals(p.requiredActions().get(0))) {
            errors.add(new Problem.FieldError("steps[0].action", "the first step must be " + p.requiredActions().get(0)));
        }
        return errors;
    }

    private static Set<String> roleNames() {
        Set<String> names = new HashSet<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.remove(Roles.PROVINSI);
        return Set.copyOf(names);
    }
}
