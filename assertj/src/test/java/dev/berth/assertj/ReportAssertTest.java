package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.flawedShop;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

    private static final Report SHOP = Validator.of(RuleSets.recommended()).evaluate(shop());
    private static final Report FLAWED = Validator.of(RuleSets.recommended()).evaluate(flawedShop());
    private static final Report LEGACY = Validator.of(RuleSets.recommended()).evaluate(legacy());

    @Test
    void findings_are_counted_by_rule_and_severity() {
        assertThat(FLAWED).hasFindingCount("probes-identical", 1).hasFindingCount("run-as-non-root", 0)
                .hasFindingCount(Severity.HIGH, 0).hasFindingCount(Severity.MEDIUM, 1)
                .hasFindingCount(Severity.INFO, 1);
        assertThat(SHOP).hasFindingCount("probes-identical", 0).hasFindingCount(Severity.MEDIUM, 0);
    }

    @Test
    void a_wrong_count_lists_the_findings() {
        assertThatThrownBy(() -> assertThat(FLAWED).hasFindingCount("probes-identical", 0))
                .hasMessage("Expecting 0 findings of rule 'probes-identical', but found 1 finding:\n"
                        + "Rule 'probes-identical' [MEDIUM] was violated (1 time):\n"
                        + "  StatefulSet shop/db: container db uses the same check (exec pg_isready -U postgres -h "
                        + "127.0.0.1) for livenessProbe and readinessProbe; a pod that is only busy gets restarted "
                        + "instead of taken out of the Service");
        assertThatThrownBy(() -> assertThat(SHOP).hasFindingCount("run-as-non-root", 1))
                .hasMessage("Expecting 1 finding of rule 'run-as-non-root', but found none");
        assertThatThrownBy(() -> assertThat(SHOP).hasFindingCount(Severity.INFO, 0))
                .hasMessage("Expecting 0 INFO findings, but found 1 finding:\n"
                        + "Rule 'claim-storage-class' [INFO] was violated (1 time):\n"
                        + "  StatefulSet shop/db: volumeClaimTemplate data names no storage class; the cluster's "
                        + "default StorageClass decides whether its data survives node failure and claim deletion");
    }

    @Test
    void nothing_above_a_severity() {
        assertThat(SHOP).hasNoFindingAbove(Severity.MEDIUM);
        assertThatThrownBy(() -> assertThat(LEGACY).hasNoFindingAbove(Severity.MEDIUM))
                .hasMessage("Expecting no finding above MEDIUM, but found 1 finding:\n"
                        + "Rule 'secret-in-env' [HIGH] was violated (1 time):\n"
                        + "  StatefulSet shop/db: container db sets environment variable POSTGRES_PASSWORD to a plain "
                        + "value, and its name looks like a password\n"
                        + "    at legacy-shop.yaml:52:11")
                .message().doesNotContain("hunter2");
    }

    @Test
    void an_empty_report_has_no_findings() {
        assertThat(Validator.of(RuleSets.podSecurityRestricted()).evaluate(shop())).hasNoFindings();
        assertThatThrownBy(() -> assertThat(FLAWED).hasNoFindings())
                .hasMessageStartingWith("Expecting no finding of rule set 'recommended', but found 2 findings:\n"
                        + "Rule 'probes-identical' [MEDIUM] was violated (1 time):\n");
    }

    @Test
    void a_rule_without_findings_or_that_did_not_run_fails_has_finding_of() {
        assertThat(SHOP).hasFindingOf("claim-storage-class").on("StatefulSet", "shop", "db").hasCount(1);
        assertThatThrownBy(() -> assertThat(SHOP).hasFindingOf("run-as-non-root"))
                .hasMessage("Expecting 1 or more findings of rule 'run-as-non-root', but found none");
        assertThatThrownBy(() -> assertThat(SHOP).hasFindingOf("my-rule"))
                .hasMessage("Expecting rule 'my-rule' to have run, but rule set 'recommended' does not hold it");
        assertThatThrownBy(() -> assertThat(SHOP).hasFindingOf("claim-storage-class").hasCount(2))
                .hasMessageStartingWith("Expecting 2 findings of rule 'claim-storage-class', but found 1 finding:\n");
        assertThatThrownBy(() -> assertThat(SHOP).hasFindingOf("claim-storage-class")
                .on("StatefulSet", "staging", "db"))
                .hasMessageStartingWith("Expecting a finding of rule 'claim-storage-class' on StatefulSet staging/db, "
                        + "but found it only on:\n");
    }
}
