package dev.berth.validation.rules;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Names each object that no other rule of the run judges: of a kind no rule declares, usually a custom resource, so
 * only its form (name, labels, fields) was checked. The report counts these objects by kind whatever the rules
 * ({@link dev.berth.validation.Report#unjudged()}); this rule, in the {@code all} set only, names each.
 */
public final class UnjudgedKind extends Rule {

    /** Creates the rule. */
    public UnjudgedKind() {
        super(RuleInfo.id("unjudged-kind")
                .summary("No rule of the run judges the object's kind, so only its form was checked")
                .severity(Severity.INFO).category(Category.CONFIG)
                .remediation("Judge the kind with a rule of your own (a RulePack), or lint with a rule set that "
                        + "knows it; suppress this rule on objects that need no judgement.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.unjudged()) {
            context.report(object, "kind", "no rule of this run judges kind " + object.getKind() + " ("
                    + object.getApiVersion() + "), so Berth checked only its form: name, labels and fields");
        }
    }
}
