package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.StateProfile;
import dev.berth.core.text.Patterns;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.preset.Preset;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work that runs to completion: a Job, or a CronJob when it has a schedule. Finished Jobs are cleaned up after the
 * preset's TTL; CronJobs do not overlap ({@code Forbid}) and keep a short history.
 *
 * <pre>{@code
 * BatchJob report = Berth.cronJob("report", "0 2 * * *")
 *         .image("ghcr.io/acme/report:3.1.0")
 *         .deadlineSeconds(3600);
 * }</pre>
 */
public final class BatchJob extends PodComponent<BatchJob> {

    private final String schedule;
    private Long deadlineSeconds;
    private String concurrencyPolicy;
    private Integer backoffLimit;
    private Integer ttlSeconds;
    private Integer successfulHistory;
    private Integer failedHistory;
    private final List<Consumer<JobSpecBuilder>> customizers = new ArrayList<>();

    BatchJob(String name, String schedule) {
        super(name, StateProfile.stateless());
        if (schedule != null && Patterns.WHITESPACE.split(schedule.trim()).length != 5
                && !schedule.startsWith("@")) {
            throw new IllegalArgumentException("schedule of " + name + " must have 5 cron fields, was \"" + schedule
                    + "\"");
        }
        this.schedule = schedule;
    }

    /**
     * A Job that runs once.
     *
     * <pre>{@code
     * BatchJob.once("reindex").image("ghcr.io/acme/search:4.0.1").args("reindex");
     * }</pre>
     *
     * @param name the component's name
     * @return the job
     */
    public static BatchJob once(String name) {
        return new BatchJob(name, null);
    }

    /**
     * A CronJob.
     *
     * <pre>{@code
     * BatchJob.scheduled("report", "0 2 * * *").image("ghcr.io/acme/report:3.1.0");
     * }</pre>
     *
     * @param name the component's name
     * @param schedule five cron fields, or a macro such as {@code @daily}
     * @return the job
     * @throws IllegalArgumentException when the schedule does not have five fields
     */
    public static BatchJob scheduled(String name, String schedule) {
        return new BatchJob(name, Objects.requireNonNull(schedule, "schedule"));
    }

    /**
     * The longest a run may take before it is stopped ({@code activeDeadlineSeconds}). Default: no deadline.
     *
     * @param seconds 1 or more
     * @return this job
     */
    public BatchJob deadlineSeconds(long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("deadline of " + name + " must be >= 1 s, was " + seconds);
        }
        deadlineSeconds = seconds;
        return this;
    }

    /**
     * What happens when a run is due while the last is still going. Default: the preset's
     * {@code cronConcurrencyPolicy} ({@code Forbid}). See
     * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy">Concurrency
     * policy</a>.
     *
     * @param value {@code Allow}, {@code Forbid} or {@code Replace}
     * @return this job
     */
    public BatchJob concurrencyPolicy(String value) {
        if (!List.of("Allow", "Forbid", "Replace").contains(value)) {
            throw new IllegalArgumentException("concurrency policy of " + name + " must be Allow, Forbid or Replace, "
                    + "was " + value);
        }
        concurrencyPolicy = value;
        return this;
    }

    /**
     * Retries before the Job fails. Default: the preset's {@code jobBackoffLimit} (3).
     *
     * @param value 0 or more
     * @return this job
     */
    public BatchJob backoffLimit(int value) {
        backoffLimit = requireReplicas(name, value);
        return this;
    }

    /**
     * Seconds a finished Job is kept. Default: the preset's {@code jobTtlSecondsAfterFinished} (a day).
     *
     * @param value 0 or more
     * @return this job
     */
    public BatchJob ttlSecondsAfterFinished(int value) {
        ttlSeconds = requireReplicas(name, value);
        return this;
    }

    /**
     * How many finished runs of a CronJob are kept. Default: the preset's history limits (3 and 3).
     *
     * @param successful successful runs kept
     * @param failed failed runs kept
     * @return this job
     */
    public BatchJob history(int successful, int failed) {
        successfulHistory = requireReplicas(name, successful);
        failedHistory = requireReplicas(name, failed);
        return this;
    }

    /**
     * Node-local scratch space at {@code /data}: an {@code emptyDir} limited to this size.
     *
     * @param size the size limit
     * @return this component
     */
    @Override
    public BatchJob storage(io.fabric8.kubernetes.api.model.Quantity size) {
        return mount("/data", dev.berth.dsl.storage.Volumes.emptyDir(size).named("data"));
    }

    /**
     * Escape hatch: changes the fabric8 Job spec after the DSL has filled it.
     *
     * @param customizer what to change
     * @return this job
     */
    public BatchJob customize(Consumer<JobSpecBuilder> customizer) {
        customizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /**
     * Adds the ServiceAccount and the Job or CronJob.
     *
     * @param a the application's assembly
     */
    @Override
    public void contribute(Assembly a) {
        Preset p = a.preset();
        String kind = schedule == null ? "Job" : "CronJob";
        ObjectRef ref = ObjectRef.of(kind, a.namespace(), name);
        a.explain(ref, "kind", kind, Origin.USER, schedule == null ? "runs once to completion"
                : "runs on the schedule " + schedule);
        PodTemplates.addIdentity(this, a);
        var labels = a.labels(name, role);
        var template = PodTemplates.render(this, a, ref, labels, PodTemplates.Extras.none()
                .withRestartPolicy("Never"));
        JobSpecBuilder job = new JobSpecBuilder()
                .withBackoffLimit(a.choose(ref, "spec.backoffLimit", backoffLimit, p.jobBackoffLimit(),
                        "jobBackoffLimit"))
                .withActiveDeadlineSeconds(deadlineSeconds)
                .withTtlSecondsAfterFinished(a.choose(ref, "spec.ttlSecondsAfterFinished", ttlSeconds,
                        p.jobTtlSecondsAfterFinished(), "jobTtlSecondsAfterFinished"))
                .withTemplate(template);
        customizers.forEach(c -> c.accept(job));
        JobSpec spec = job.build();
        if (schedule == null) {
            a.add(new io.fabric8.kubernetes.api.model.batch.v1.JobBuilder()
                    .withMetadata(a.metadata(name, labels).build()).withSpec(spec).build());
            return;
        }
        a.add(new CronJobBuilder().withMetadata(a.metadata(name, labels).build())
                .withNewSpec()
                .withSchedule(schedule)
                .withConcurrencyPolicy(a.choose(ref, "spec.concurrencyPolicy", concurrencyPolicy,
                        p.cronConcurrencyPolicy(), "cronConcurrencyPolicy"))
                .withStartingDeadlineSeconds(p.cronStartingDeadlineSeconds())
                .withSuccessfulJobsHistoryLimit(a.choose(ref, "spec.successfulJobsHistoryLimit", successfulHistory,
                        p.cronSuccessfulJobsHistoryLimit(), "cronSuccessfulJobsHistoryLimit"))
                .withFailedJobsHistoryLimit(a.choose(ref, "spec.failedJobsHistoryLimit", failedHistory,
                        p.cronFailedJobsHistoryLimit(), "cronFailedJobsHistoryLimit"))
                .withNewJobTemplate().withNewMetadata().withLabels(labels).endMetadata().withSpec(spec)
                .endJobTemplate()
                .endSpec().build());
    }
}
