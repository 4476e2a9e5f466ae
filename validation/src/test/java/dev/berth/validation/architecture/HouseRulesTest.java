package dev.berth.validation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.berth.validation.Rule;
import org.junit.jupiter.api.Test;

/**
 * The house rules of STYLE.md, held as tests: the validator judges objects however they were built, so it never
 * depends on the DSL; nothing outside core reaches into core's internal package; rules are small final values.
 */
class HouseRulesTest {

    private static final JavaClasses VALIDATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.berth.validation");

    @Test
    void validation_never_depends_on_the_dsl() {
        noClasses().that().resideInAPackage("dev.berth.validation..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.dsl..")
                .check(VALIDATION);
    }

    @Test
    void validation_never_reaches_into_core_internals() {
        noClasses().that().resideInAPackage("dev.berth.validation..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.core.internal..")
                .check(VALIDATION);
    }

    @Test
    void every_rule_is_a_final_class() {
        classes().that().areAssignableTo(Rule.class).and().doNotHaveFullyQualifiedName(Rule.class.getName())
                .and().areNotAnonymousClasses()
                .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .allowEmptyShould(true)
                .check(VALIDATION);
    }

    @Test
    void rules_live_in_the_rules_packages() {
        classes().that().areAssignableTo(Rule.class).and().doNotHaveFullyQualifiedName(Rule.class.getName())
                .and().areNotAnonymousClasses().and().resideOutsideOfPackage("dev.berth.validation.fluent..")
                .should().resideInAPackage("dev.berth.validation.rules..")
                .allowEmptyShould(true)
                .check(VALIDATION);
    }
}
