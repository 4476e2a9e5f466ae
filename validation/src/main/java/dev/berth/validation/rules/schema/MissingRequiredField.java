package dev.berth.validation.rules.schema;

import dev.berth.core.shape.ShapeProblem;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.function.Function;

/**
 * A field the API server requires is missing: what {@link dev.berth.core.shape.Shapes} found (an object without a
 * name, a null list item, a container, volume, mount, port or subject without the field that names it, a binding
 * without {@code roleRef}, an autoscaler without {@code scaleTargetRef}), and a small table of the
 * mistakes people make in what the rules still see: a controller without {@code spec.selector} or
 * {@code spec.template}, a container without an image, a CronJob without a schedule, a port without a name in a
 * Service of several ports ({@code validateServicePort}). The finding points where the
 * field should be (its location falls back to the nearest ancestor the text has).
 */
public final class MissingRequiredField extends Rule {

    private static final List<Required> TABLE = List.of(
            Required.of(Deployment.class, "apps/v1", "spec.selector", d -> d.getSpec() == null ? null
                    : d.getSpec().getSelector()),
            Required.of(Deployment.class, "", "spec.template", d -> d.getSpec() == null ? null
                    : d.getSpec().getTemplate()),
            Required.of(StatefulSet.class, "apps/v1", "spec.selector", s -> s.getSpec() == null ? null
                    : s.getSpec().getSelector()),
            Required.of(StatefulSet.class, "", "spec.template", s -> s.getSpec() == null ? null
                    : s.getSpec().getTemplate()),
            Required.of(DaemonSet.class, "apps/v1", "spec.selector", d -> d.getSpec() == null ? null
                    : d.getSpec().getSelector()),
            Required.of(DaemonSet.class, "", "spec.template", d -> d.getSpec() == null ? null
                    : d.getSpec().getTemplate()),
            Required.of(ReplicaSet.class, "apps/v1", "spec.selector", r -> r.getSpec() == null ? null
                    : r.getSpec().getSelector()),
            Required.of(ReplicaSet.class, "", "spec.template", r -> r.getSpec() == null ? null
                    : r.getSpec().getTemplate()),
            Required.of(Job.class, "", "spec.template", j -> j.getSpec() == null ? null : j.getSpec().getTemplate()),
            Required.of(CronJob.class, "", "spec.schedule", c -> c.getSpec() == null ? null
                    : c.getSpec().getSchedule()),
            Required.of(PersistentVolumeClaim.class, "", "spec.resources.requests.storage",
                    c -> c.getSpec() == null || c.getSpec().getResources() == null
                            || c.getSpec().getResources().getRequests() == null ? null
                            : c.getSpec().getResources().getRequests().get("storage")),
            Required.of(CronJob.class, "", "spec.jobTemplate", c -> c.getSpec() == null ? null
                    : c.getSpec().getJobTemplate()));

    /** Creates the rule. */
    public MissingRequiredField() {
        super(RuleInfo.id("missing-required-field")
                .summary("A field the API server requires is missing")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Add the field; kubectl explain <kind>.<path> shows what it takes.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            for (ShapeProblem problem : context.shapeProblems(object)) {
                context.reportWritten(object, problem.path(), problem.message());
            }
            for (Required required : TABLE) {
                if (required.appliesTo(object) && !required.isPresent(object)) {
                    context.report(object, required.path(), required.path() + " is missing; the API server rejects "
                            + "a " + object.getKind() + " (" + object.getApiVersion() + ") without it");
                }
            }
        }
        for (Workload workload : context.workloads()) {
            String containers = workload.podSpecPath() + ".containers";
            boolean keptFromRules = context.shapeProblems(workload.owner()).stream()
                    .anyMatch(p -> p.path().startsWith(containers + "["));
            if (workload.template().isPresent() && workload.containers().isEmpty() && !keptFromRules) {
                context.report(workload.owner(), workload.podSpecPath() + ".containers",
                        workload.podSpecPath() + ".containers is missing or empty; a pod needs at least one container");
            }
        }
        for (Service service : context.all(Service.class)) {
            List<ServicePort> ports = service.getSpec() == null ? List.of() : service.getSpec().getPorts();
            for (int i = 0; ports.size() > 1 && i < ports.size(); i++) {
                if (!notBlank(ports.get(i).getName())) {
                    context.report(service, "spec.ports[" + i + "].name", "spec.ports[" + i + "].name is missing; "
                            + "the API server requires a name on every port of a Service with " + ports.size()
                            + " ports");
                }
            }
        }
        for (RuleContext.ContainerAt at : context.containers()) {
            Container c = at.container();
            if (!notBlank(c.getImage())) {
                context.report(at.workload().owner(), at.path() + ".image", who(at) + " has no image to run");
            }
        }
    }

    private static String who(RuleContext.ContainerAt at) {
        String name = at.container().getName();
        return notBlank(name) ? "container " + name : "the container at " + at.path();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** One row of the table: a field a kind (of an API version, when given) requires, and how to read it. */
    private record Required(Class<?> type, String apiVersion, String path, Function<HasMetadata, Object> value) {

        static <T extends HasMetadata> Required of(Class<T> type, String apiVersion, String path,
                Function<T, Object> value) {
            return new Required(type, apiVersion, path, object -> value.apply(type.cast(object)));
        }

        boolean appliesTo(HasMetadata object) {
            return type.isInstance(object) && (apiVersion.isEmpty() || apiVersion.equals(object.getApiVersion()));
        }

        boolean isPresent(HasMetadata object) {
            Object found = value.apply(object);
            return found != null && !(found instanceof String text && text.isBlank());
        }
    }
}
