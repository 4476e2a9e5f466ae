package dev.berth.validation.rules.storage;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.workload.PodTemplatesByShape;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleContext.ClaimAt;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim or claim template that no workload uses. A volumeClaimTemplate that no container of its StatefulSet mounts
 * ({@code volumeMounts} or {@code volumeDevices}) still makes one claim, and one disk, per replica, which nothing
 * writes to: usually a mount renamed on one side only, so the data the operator meant to keep goes to the container's
 * writable layer. A PersistentVolumeClaim that no pod volume of the set names ({@code persistentVolumeClaim.claimName},
 * pod templates found by shape in custom resources included) is reported only in a set declared {@code complete} (the
 * CLI's {@code --complete}), since the workload may come from another chart or file.
 */
public final class ClaimUnused extends Rule {

    /** Whether the set holds every workload that mounts its claims. Default: false (templates only). */
    public static final Parameter<Boolean> COMPLETE = Parameter.of("complete", Boolean.class, false,
            "The set holds every workload that mounts its claims, so a claim nothing mounts is reported");

    /** Creates the rule. */
    public ClaimUnused() {
        super(RuleInfo.id("claim-unused")
                .summary("A claim or claim template is mounted by no workload")
                .severity(Severity.LOW).category(Category.STORAGE)
                .kinds("PersistentVolumeClaim", "StatefulSet")
                .remediation("Mount the claim where the data is written (a volumeMount named like the claim "
                        + "template, or a persistentVolumeClaim pod volume), or delete it.")
                .parameters(COMPLETE)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Set<ObjectRef> mounted = context.parameter(COMPLETE) ? context.once("claim-unused:mounted", ClaimUnused::mounted)
                : Set.of();
        for (ClaimAt at : context.claims()) {
            String name = at.claim().getMetadata() == null ? null : at.claim().getMetadata().getName();
            if (name == null || name.isEmpty()) {
                continue;
            }
            if (at.owner() instanceof StatefulSet set && !mountedBy(set, name)) {
                context.report(set, at.field("metadata.name"), at.label() + " is mounted by no container of the "
                        + "StatefulSet, so each replica gets a claim nothing writes to");
            } else if (at.path().isEmpty() && context.parameter(COMPLETE)
                    && !mounted.contains(ObjectRef.of(at.owner()))) {
                context.report(at.owner(), "metadata.name", at.label() + " is mounted by no workload of the set, so it holds a "
                        + "volume that nothing uses");
            }
        }
    }

    private static boolean mountedBy(StatefulSet set, String name) {
        for (Workload.PodContainer c : Workload.of(set).map(Workload::allContainers).orElse(List.of())) {
            Container container = c.container();
            if (container.getVolumeMounts() != null
                    && container.getVolumeMounts().stream().anyMatch(m -> name.equals(m.getName()))
                    || container.getVolumeDevices() != null
                    && container.getVolumeDevices().stream().anyMatch(d -> name.equals(d.getName()))) {
                return true;
            }
        }
        return false;
    }

    /** @return every claim some pod volume of the manifest names, found by kind or by shape */
    private static Set<ObjectRef> mounted(Manifest manifest) {
        Set<ObjectRef> mounted = new HashSet<>();
        for (Workload workload : manifest.workloads()) {
            add(mounted, workload);
        }
        for (HasMetadata object : manifest.objects()) {
            for (PodTemplatesByShape.Found found : PodTemplatesByShape.find(object)) {
                found.workload().ifPresent(w -> add(mounted, w));
            }
        }
        return Collections.unmodifiableSet(mounted);
    }

    private static void add(Set<ObjectRef> mounted, Workload workload) {
        List<Volume> volumes = workload.podSpec().map(s -> s.getVolumes()).orElse(null);
        for (int i = 0; volumes != null && i < volumes.size(); i++) {
            Volume volume = volumes.get(i);
            if (volume != null && volume.getPersistentVolumeClaim() != null) {
                mounted.add(ObjectRef.of("PersistentVolumeClaim", workload.namespace(),
                        String.valueOf(volume.getPersistentVolumeClaim().getClaimName())));
            }
        }
    }
}
