package dev.berth.validation.rules.storage;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A datastore with authoritative data declares no backup. A backup is declared by the annotation
 * {@value #ANNOTATION} on the workload or its pod template, or by a CronJob in the same namespace whose name, or whose
 * containers' command, arguments or environment values, mention the workload's name or the name of a Service that
 * selects it, or whose image is a known backup tool ({@link #TOOLS}). Backups made outside the set (Velero, a managed
 * snapshot schedule) are declared with the annotation.
 */
public final class BackupDeclared extends Rule {

    /** The annotation that declares a backup schedule made elsewhere, such as {@code "velero daily"}. */
    public static final String ANNOTATION = "backup.berth.dev/schedule";

    /** Image names of backup tools that a CronJob may run. */
    static final Set<String> TOOLS = Set.of("restic", "kopia", "velero", "pgbackrest", "wal-g", "barman",
            "xtrabackup", "percona-xtrabackup", "mydumper", "k8up", "stash", "litestream");

    /** Creates the rule. */
    public BackupDeclared() {
        super(RuleInfo.id("backup-declared")
                .summary("A datastore declares no backup")
                .severity(Severity.INFO).category(Category.STORAGE)
                .kinds("StatefulSet", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .remediation("Add a CronJob that backs the datastore up, or declare the backup made elsewhere with "
                        + "the annotation " + ANNOTATION + ".")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<String, List<String>> cronJobText = context.once("backup-declared:cronjob-text", manifest -> {
            Map<String, List<String>> text = new HashMap<>();
            for (HasMetadata object : manifest.ofKind("CronJob")) {
                manifest.workloadOf(object).ifPresent(w -> text
                        .computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(text(w)));
            }
            return text;
        });
        Set<HasMetadata> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            Workload workload = data.at().workload();
            if (!seen.add(workload.owner()) || annotated(workload)) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(List.of(workload.name()));
            context.references().servicesSelecting(workload).forEach(s -> names.add(ObjectRef.of(s).name()));
            boolean backedUp = cronJobText.getOrDefault(workload.namespace(), List.of()).stream()
                    .anyMatch(text -> names.stream().anyMatch(text::contains) || TOOLS.stream()
                            .anyMatch(tool -> text.contains("/" + tool + ":")));
            if (!backedUp) {
                context.report(workload.owner(), "metadata.annotations", data.who() + " has no backup: no CronJob "
                        + "in namespace " + workload.namespace() + " mentions " + names + " or runs a backup tool, "
                        + "and no " + ANNOTATION + " annotation declares one");
            }
        }
    }

    private static boolean annotated(Workload workload) {
        var annotations = workload.owner().getMetadata().getAnnotations();
        return annotations != null && annotations.containsKey(ANNOTATION)
                || workload.podAnnotations().containsKey(ANNOTATION);
    }

    /** The CronJob's name, images, commands, arguments and environment values, in lower case, for mentions. */
    private static String text(Workload cronJob) {
        StringBuilder text = new StringBuilder(cronJob.name()).append(' ');
        for (Workload.PodContainer c : cronJob.allContainers()) {
            Container container = c.container();
            text.append('/').append(lastComponent(container.getImage())).append(' ');
            if (container.getCommand() != null) {
                container.getCommand().forEach(w -> text.append(w).append(' '));
            }
            if (container.getArgs() != null) {
                container.getArgs().forEach(w -> text.append(w).append(' '));
            }
            if (container.getEnv() != null) {
                container.getEnv().stream().map(EnvVar::getValue).filter(v -> v != null)
                        .forEach(v -> text.append(v).append(' '));
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String lastComponent(String image) {
        if (image == null) {
            return "";
        }
        String name = image.substring(image.lastIndexOf('/') + 1);
        int at = name.indexOf('@');
        name = at >= 0 ? name.substring(0, at) : name;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(0, colon) : name) + ":";
    }
}
