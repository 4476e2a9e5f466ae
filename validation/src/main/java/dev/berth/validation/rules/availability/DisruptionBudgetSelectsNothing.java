package dev.berth.validation.rules.availability;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.SetTables;
import dev.berth.validation.rules.workload.SelectorText;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * A PodDisruptionBudget selects no pod of any workload in the set, so it protects nothing: usually a label that
 * differs from the pods' (the Kubernetes docs' ZooKeeper budget selects {@code app.kubernetes.io/name: zookeeper}
 * while the pods are labelled {@code zk}). The set may be partial, so a budget is judged only when the set holds
 * workloads in its namespace; a budget without a selector selects nothing in {@code policy/v1} and is always judged.
 *
 * <p>Pods an operator makes from a custom resource of the set, and the static control-plane pods of {@code kube-system},
 * are selected too: see {@link dev.berth.core.References#selectsOperatorPods}.
 */
public final class DisruptionBudgetSelectsNothing extends Rule {

    /** Creates the rule. */
    public DisruptionBudgetSelectsNothing() {
        super(RuleInfo.id("disruption-budget-selects-nothing")
                .summary("A PodDisruptionBudget selects no pods")
                .severity(Severity.MEDIUM).category(Category.AVAILABILITY).kinds("PodDisruptionBudget")
                .remediation("Make spec.selector match the labels of the pods the budget should protect.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Budgets.Budget budget : Budgets.all(context)) {
            if (budget.object() instanceof GenericKubernetesResource) {
                continue;
            }
            String namespace = ObjectRef.namespaceOf(budget.object());
            if (budget.selector() == null) {
                context.report(budget.object(), "spec.selector", "spec.selector is missing, so the budget selects "
                        + "no pods and protects nothing");
            } else if (context.references().selected(budget.object()).isEmpty()
                    && !context.references().selectsOperatorPods(budget.object())
                    && SetTables.workloadsPerNamespace(context).containsKey(namespace)) {
                context.report(budget.object(), "spec.selector", "spec.selector (" + SelectorText.of(budget
                        .selector()) + ") matches the pods of no workload in namespace " + namespace
                        + ", so the budget protects nothing");
            }
        }
    }
}
