package dev.berth.validation.rules.schema;

import dev.berth.core.shape.ShapeProblem;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pod's {@code topologySpreadConstraints} break what the API server enforces ({@code validateTopologySpreadConstraints}
 * in {@code pkg/apis/core/validation}, Kubernetes 1.31): {@code maxSkew} below 1, {@code whenUnsatisfiable} other than
 * {@code DoNotSchedule} or {@code ScheduleAnyway}, {@code minDomains} below 1 or with {@code ScheduleAnyway},
 * {@code nodeAffinityPolicy} or {@code nodeTaintsPolicy} other than {@code Honor} or {@code Ignore}, and two
 * constraints with the same {@code topologyKey} and {@code whenUnsatisfiable}. A missing {@code maxSkew},
 * {@code topologyKey} or {@code whenUnsatisfiable} is {@code missing-required-field}'s, reported once there.
 *
 * <pre>{@code
 * new InvalidTopologySpread().info().id(); // "invalid-topology-spread"
 * }</pre>
 */
public final class InvalidTopologySpread extends Rule {

    private static final List<String> ACTIONS = List.of("DoNotSchedule", "ScheduleAnyway");
    private static final List<String> POLICIES = List.of("Honor", "Ignore");

    /** Creates the rule. */
    public InvalidTopologySpread() {
        super(RuleInfo.id("invalid-topology-spread")
                .summary("A topology spread constraint has a value the API server rejects")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Give each constraint maxSkew: 1 or more, whenUnsatisfiable: DoNotSchedule or "
                        + "ScheduleAnyway, minDomains only with DoNotSchedule, and one constraint per topologyKey "
                        + "and whenUnsatisfiable.")
                .podTemplatesByShape()
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            List<TopologySpreadConstraint> constraints = w.podSpec().map(s -> s.getTopologySpreadConstraints())
                    .orElse(List.of());
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i < constraints.size(); i++) {
                TopologySpreadConstraint c = constraints.get(i);
                String at = w.podSpecPath() + ".topologySpreadConstraints[" + i + "]";
                if (c.getMaxSkew() != null && c.getMaxSkew() < 1 && !missing(context, w, at + ".maxSkew")) {
                    context.report(w.owner(), at + ".maxSkew", at + ".maxSkew is " + c.getMaxSkew()
                            + "; the API server accepts only 1 or more");
                }
                String action = c.getWhenUnsatisfiable();
                if (notEmpty(action) && !ACTIONS.contains(action)) {
                    context.report(w.owner(), at + ".whenUnsatisfiable", at + ".whenUnsatisfiable is "
                            + quoted(action) + "; the API server accepts only DoNotSchedule or ScheduleAnyway");
                }
                if (c.getMinDomains() != null && c.getMinDomains() < 1) {
                    context.report(w.owner(), at + ".minDomains", at + ".minDomains is " + c.getMinDomains()
                            + "; the API server accepts only 1 or more");
                } else if (c.getMinDomains() != null && "ScheduleAnyway".equals(action)) {
                    context.report(w.owner(), at + ".minDomains", at + ".minDomains is set with whenUnsatisfiable: "
                            + "ScheduleAnyway; the API server accepts minDomains only with DoNotSchedule");
                }
                policy(context, w, at, "nodeAffinityPolicy", c.getNodeAffinityPolicy());
                policy(context, w, at, "nodeTaintsPolicy", c.getNodeTaintsPolicy());
                if (notEmpty(c.getTopologyKey()) && notEmpty(action)
                        && !pairs.add(c.getTopologyKey() + "\n" + action)) {
                    context.report(w.owner(), at, at + " repeats topologyKey " + c.getTopologyKey()
                            + " with whenUnsatisfiable " + action + " of an earlier constraint; the API server "
                            + "rejects a duplicate pair");
                }
            }
        }
    }

    private static void policy(RuleContext context, Workload w, String at, String field, String value) {
        if (notEmpty(value) && !POLICIES.contains(value)) {
            context.report(w.owner(), at + "." + field, at + "." + field + " is " + quoted(value)
                    + "; the API server accepts only Honor or Ignore");
        }
    }

    /** @return true when the field was missing and {@code missing-required-field} reports it */
    private static boolean missing(RuleContext context, Workload w, String path) {
        for (ShapeProblem problem : context.shapeProblems(w.owner())) {
            if (problem.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isEmpty();
    }

    private static String quoted(String text) {
        return KubernetesNames.quote(text);
    }
}
