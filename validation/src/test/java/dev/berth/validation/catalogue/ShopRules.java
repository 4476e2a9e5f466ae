package dev.berth.validation.catalogue;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * A third-party rule pack, as a company would ship it in its own jar: registered in
 * {@code spi-pack/META-INF/services/dev.berth.validation.RulePack} (a folder the SPI test puts on a class path of its
 * own, so that the pack does not join the catalogue the other tests check).
 */
public final class ShopRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of(new TierLabelRequired());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return ruleSet.equals(RuleSets.RECOMMENDED) ? Set.of("tier-label-required") : Set.of();
    }

    /** Every workload says which tier it belongs to. */
    public static final class TierLabelRequired extends Rule {

        /** Creates the rule. */
        public TierLabelRequired() {
            super(RuleInfo.id("tier-label-required").summary("A workload has no tier label")
                    .severity(Severity.LOW).category(Category.WORKLOAD)
                    .remediation("Add a label tier: frontend, backend or data.")
                    .docs("https://wiki.example.com/k8s/tier-label").build());
        }

        @Override
        public void check(RuleContext context) {
            for (Workload workload : context.workloads()) {
                if (workload.owner().getMetadata().getLabels() == null
                        || !workload.owner().getMetadata().getLabels().containsKey("tier")) {
                    context.report(workload.owner(), "metadata.labels", "has no label tier");
                }
            }
        }
    }
}
