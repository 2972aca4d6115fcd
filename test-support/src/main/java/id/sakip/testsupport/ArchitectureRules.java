package id.sakip.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture every service keeps, as rules checked by a test in each module (ArchUnit, on
 * the compiled main classes):
 * <ul>
 * <li>resources only translate HTTP: no resource touches an entity, Panache or the EntityManager;
 * <li>no cycles between the feature packages of a service;
 * <li>no service uses another service's classes; services meet only through common and events;
 * <li>common depends on no service;
 * <li>every consumer ({@code @Incoming}) goes through {@code InboxGate}: deduplicated, and only events
 * from their owning service.
 * </ul>
 */
public final class ArchitectureRules {
    public static final List<String> SERVICES = List.of("indicator", "collection", "measurement", "reporting");
    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final String INBOX_GATE = "id.sakip.common.inbox.InboxGate";

    private ArchitectureRules() {
    }

    /** Checks the rules for the service whose root package is {@code id.sakip.<service>}. */
    public static void checkService(String service) {
        String root = "id.sakip." + service;
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root, "id.sakip.common");
        List<ArchRule> rules = new ArrayList<>();
        rules.add(noClasses().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                .as("resources only translate HTTP: they touch no entity, Panache or the EntityManager"));
        rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("the feature packages of " + service + "-service have no cycles"));
        for (String other : SERVICES) {
            if (!other.equals(service)) {
                rules.add(noClasses().that().resideInAPackage(root + "..").should().dependOnClassesThat()
                        .resideInAPackage("id.sakip." + other + "..").as(service + "-service does not use " + other
                                + "-service's classes"));
            }
        }
        rules.add(consumersUseTheInboxGate());
        check(rules, classes);
    }

    /** Checks the rules for common: it depends on no service, its resources touch no entity, no cycles. */
    public static void checkCommon() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.sakip.common");
        List<ArchRule> rules = new ArrayList<>();
        for (String s : SERVICES) {
            rules.add(noClasses().that().resideInAPackage("id.sakip.common..").should().dependOnClassesThat()
                    .resideInAPackage("id.sakip." + s + "..").as("common depends on no service (" + s + ")"));
        }
        rules.add(noClasses().that().resideInAPackage("id.sakip.common..").and().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .as("common's resources only translate HTTP"));
        rules.add(slices().matching("id.sakip.common.(*)..").should().beFreeOfCycles()
                .as("the packages of common have no cycles"));
        rules.add(consumersUseTheInboxGate());
        check(rules, classes);
    }

    private static ArchRule consumersUseTheInboxGate() {
        return methods().that().areAnnotatedWith(INCOMING).should(new ArchCondition<JavaMethod>("call InboxGate") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean gated = method.getMethodCallsFromSelf().stream()
                        .anyMatch(c -> c.getTargetOwner().getName().equals(INBOX_GATE));
                if (!gated) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " consumes without InboxGate"));
                }
            }
        }).as("every consumer goes through InboxGate (deduplication, owner check)");
    }

    /** Evaluates every rule (not only up to the first broken one) and fails with all that are broken. */
    private static void check(List<ArchRule> rules, JavaClasses classes) {
        List<String> broken = new ArrayList<>();
        for (ArchRule r : rules) {
            EvaluationResult result = r.evaluate(classes);
            if (result.hasViolation()) {
                broken.add(result.getFailureReport().toString());
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError(String.join("\n\n", broken));
        }
    }
}
