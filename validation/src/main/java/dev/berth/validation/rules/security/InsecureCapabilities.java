package dev.berth.validation.rules.security;

import dev.berth.core.text.Patterns;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A container keeps default capabilities that most applications never need and an attacker can use: NET_RAW lets a
 * compromised container craft packets and spoof its neighbours, CHOWN, DAC_OVERRIDE and FOWNER bypass file
 * permissions, SETUID and SETGID change identity. Dropping {@code ALL} (in any letter case, as container runtimes
 * read it) or each of these by name satisfies the rule. This is the best practice for any cluster; the restricted Pod
 * Security Standard's exact admission check, which only takes {@code ALL} in capitals, is
 * {@code capabilities-drop-all}.
 */
public final class InsecureCapabilities extends Rule {

    private static final Pattern CAP_PREFIX = Patterns.compile("^CAP_");

    /** The default capabilities a container should give up. */
    static final Set<String> INSECURE = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "MKNOD",
            "NET_ADMIN", "NET_RAW", "SETFCAP", "SETGID", "SETUID");

    /** Creates the rule. */
    public InsecureCapabilities() {
        super(RuleInfo.id("insecure-capabilities")
                .summary("A container keeps default capabilities it is unlikely to need")
                .severity(Severity.LOW).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set securityContext.capabilities.drop: [ALL] on the container and add back only what "
                        + "the process needs.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            if (Pods.isWindows(c.workload())) {
                continue;
            }
            Set<String> dropped = new TreeSet<>();
            c.dropped().forEach(d -> dropped.add(CAP_PREFIX.matcher(d.toUpperCase(Locale.ROOT)).replaceFirst("")));
            if (dropped.contains("ALL")) {
                continue;
            }
            List<String> kept = new ArrayList<>(new TreeSet<>(INSECURE));
            kept.removeAll(dropped);
            if (!kept.isEmpty()) {
                context.report(c.workload().owner(), c.contextPath() + ".capabilities.drop",
                        c.describe() + " keeps the default capabilities " + String.join(", ", kept));
            }
        }
    }
}
