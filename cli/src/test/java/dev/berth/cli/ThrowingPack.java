package dev.berth.cli;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RulePack;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Set;

/**
 * A rule pack with a bug: its rule throws on every ConfigMap named {@code broken}. Registered in
 * {@code src/test/resources/throwing-pack/}, which {@link RuleFailureCliTest} alone puts on the class path.
 */
public final class ThrowingPack implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of(new Rule(RuleInfo.id("throws-on-broken").summary("Throws on a ConfigMap named broken")
                .severity(Severity.LOW).category(Category.CONFIG).kinds("ConfigMap")
                .remediation("None.").objectByObject().build()) {
            @Override
            public void check(RuleContext context) {
                for (HasMetadata object : context.ofKind("ConfigMap")) {
                    if ("broken".equals(object.getMetadata().getName())) {
                        throw new IllegalStateException("bug in the pack");
                    }
                }
            }
        });
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
