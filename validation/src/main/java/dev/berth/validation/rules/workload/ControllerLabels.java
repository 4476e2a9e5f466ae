package dev.berth.validation.rules.workload;

import dev.berth.core.source.FieldPaths;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.Map;

/**
 * A workload's {@code app.kubernetes.io/instance} label is missing or differs from its name (Polaris
 * {@code metadataAndInstanceMismatched}). The
 * <a href="https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/">recommended labels</a>
 * use the instance label to tell installations of one application apart; tools that group objects by it then find
 * the workload under its own name. In the strict set: Helm charts set the label to the release name, which often
 * differs from the object's name on purpose.
 */
public final class ControllerLabels extends Rule {

    /** The recommended label that names the instance of an application. */
    static final String INSTANCE = "app.kubernetes.io/instance";

    /** Creates the rule. */
    public ControllerLabels() {
        super(RuleInfo.id("controller-labels")
                .summary("A workload's instance label is missing or differs from its name")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .remediation("Label the workload app.kubernetes.io/instance: <its metadata.name>.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            Map<String, String> labels = w.owner().getMetadata() == null ? null : w.owner().getMetadata().getLabels();
            String instance = labels == null ? null : labels.get(INSTANCE);
            if (instance == null) {
                context.report(w.owner(), "metadata.labels", "metadata.labels has no " + INSTANCE + "; set it to "
                        + "the name " + w.name());
            } else if (!instance.equals(w.name())) {
                context.report(w.owner(), FieldPaths.field("metadata.labels", INSTANCE), "label " + INSTANCE
                        + " is " + instance
                        + " but the name is " + w.name());
            }
        }
    }
}
