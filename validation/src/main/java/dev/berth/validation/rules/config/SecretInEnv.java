package dev.berth.validation.rules.config;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Optional;

/**
 * A container's environment holds a secret as a plain {@code value}: anyone who can read the workload (or its YAML in
 * Git) reads the secret. A variable counts when its name looks secret (password, token, secret, API key...) and its
 * value could be one, or when its value has the shape of a private key, cloud key, token or JWT whatever its name.
 * A {@code valueFrom.secretKeyRef} is the right way and no finding. The message names the variable and the pattern,
 * never the value.
 */
public final class SecretInEnv extends Rule {

    /** Creates the rule. */
    public SecretInEnv() {
        super(RuleInfo.id("secret-in-env")
                .summary("A container's environment holds a secret as a plain value")
                .severity(Severity.HIGH).category(Category.CONFIG)
                .kinds("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob")
                .podTemplatesByShape()
                .remediation("Move the value into a Secret and read it with valueFrom.secretKeyRef, then rotate it: "
                        + "it has been exposed.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            List<EnvVar> env = at.container().getEnv() == null ? List.of() : at.container().getEnv();
            for (int i = 0; i < env.size(); i++) {
                EnvVar var = env.get(i);
                Optional<String> why = var == null || var.getValueFrom() != null ? Optional.empty()
                        : SecretPatterns.judge(var.getName(), var.getValue());
                if (why.isPresent()) {
                    Workload w = at.workload();
                    context.report(w.owner(), at.path() + ".env[" + i + "].value", (at.init() ? "init container "
                            : "container ") + at.name() + " sets environment variable " + var.getName()
                            + " to a plain value, and " + why.get());
                }
            }
        }
    }
}
