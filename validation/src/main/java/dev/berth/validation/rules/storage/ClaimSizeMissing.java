package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleContext.ClaimAt;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/**
 * A claim or claim template requests no storage size ({@code spec.resources.requests.storage}): the API server
 * rejects the claim, and for a StatefulSet no pod starts, since the claims made from the template fail.
 */
public final class ClaimSizeMissing extends Rule {

    /** Creates the rule. */
    public ClaimSizeMissing() {
        super(RuleInfo.id("claim-size-missing")
                .summary("A claim requests no storage size")
                .severity(Severity.MEDIUM).category(Category.STORAGE)
                .kinds("PersistentVolumeClaim", "StatefulSet")
                .remediation("Set spec.resources.requests.storage to the size the data needs, such as 10Gi.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (ClaimAt at : context.claims()) {
            var spec = at.claim().getSpec();
            Map<String, Quantity> requests = spec == null || spec.getResources() == null ? null
                    : spec.getResources().getRequests();
            if (requests == null || requests.get("storage") == null) {
                context.report(at.owner(), at.field("spec.resources.requests.storage"), at.label()
                        + " requests no storage size; the API server rejects a claim without one");
            }
        }
    }
}
