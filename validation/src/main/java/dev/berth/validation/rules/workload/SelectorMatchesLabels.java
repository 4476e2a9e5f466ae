package dev.berth.validation.rules.workload;

import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.LabelSelector;

/**
 * A controller's {@code spec.selector} must select the labels of its own pod template. The API server rejects a
 * Deployment, StatefulSet, DaemonSet or ReplicaSet whose selector does not match, and {@code apps/v1} requires the
 * selector (the removed beta versions defaulted it from the template labels, which is why old manifests such as the
 * mongo sidecar example have none). An empty selector ({@code {}}) would adopt every pod of the namespace.
 */
public final class SelectorMatchesLabels extends Rule {

    /** Creates the rule. */
    public SelectorMatchesLabels() {
        super(RuleInfo.id("selector-matches-labels")
                .summary("A controller's selector does not match its pod template labels")
                .severity(Severity.HIGH).category(Category.WORKLOAD)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController")
                .remediation("Set spec.selector.matchLabels to labels the pod template carries, such as "
                        + "app.kubernetes.io/name.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            if (w.template().isEmpty()) {
                continue;
            }
            String labels = SelectorText.labels(w.podLabels());
            LabelSelector selector = w.selector().orElse(null);
            if (selector == null) {
                context.report(w.owner(), "spec.selector", "spec.selector is missing; apps/v1 requires one that "
                        + "matches the pod template labels (" + labels + ")");
            } else if (Selectors.isEmpty(selector)) {
                context.report(w.owner(), "spec.selector", "spec.selector is empty, so it would select every pod "
                        + "of the namespace; select the pod template labels (" + labels + ")");
            } else if (!Selectors.matches(selector, w.podLabels())) {
                context.report(w.owner(), "spec.selector", "spec.selector (" + SelectorText.of(selector)
                        + ") does not match the pod template labels (" + labels + "); the API server rejects it");
            }
        }
    }
}
