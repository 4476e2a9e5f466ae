package dev.berth.validation.rules.workload;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A container sets the same environment variable twice. The later entry wins without a warning, so whoever edits the
 * first one changes nothing; kustomize patches and Helm templates produce this easily. Values are never printed.
 */
public final class DuplicateEnv extends Rule {

    /** Creates the rule. */
    public DuplicateEnv() {
        super(RuleInfo.id("duplicate-env")
                .summary("A container sets the same environment variable twice")
                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Keep one entry per variable name and remove the other.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            List<EnvVar> env = at.container().getEnv() == null ? List.of() : at.container().getEnv();
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < env.size(); i++) {
                String name = env.get(i).getName();
                Integer earlier = name == null ? null : first.putIfAbsent(name, i);
                if (earlier != null) {
                    context.report(at.workload().owner(), at.path() + ".env[" + i + "].name", "container "
                            + at.name() + " sets " + name + " in env[" + earlier + "] and again in env[" + i
                            + "]; the later entry silently wins");
                }
            }
        }
    }
}
