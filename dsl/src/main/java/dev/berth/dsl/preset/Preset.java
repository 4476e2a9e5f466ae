package dev.berth.dsl.preset;

import dev.berth.dsl.container.Resources;
import java.util.Objects;
import java.util.Optional;

/**
 * Every default the DSL applies, as one named, immutable value. Nothing is hard-wired: a component setter overrides
 * one field for one component, and a preset passed to {@code Berth.application(...).preset(...)} changes it for the
 * whole application. {@link #production()} is used unless another preset is given; {@link #development()} sits
 * beside it.
 *
 * <pre>{@code
 * Preset mine = Preset.production().toBuilder()
 *         .statelessReplicas(3)
 *         .defaultResources(Resources.requests("50m", "64Mi"))
 *         .build();
 * }</pre>
 *
 * Each field's default and the Kubernetes documentation behind it are given on the {@link Builder}'s setter.
 *
 * @param name the preset's name, shown by {@code explain()}
 * @param statelessReplicas replicas of a stateless service
 * @param statefulReplicas replicas of a stateful service with the single-primary pattern
 * @param disruptionBudgetFromReplicas the replica count from which a stateless service gets a PodDisruptionBudget
 * @param spreadAcrossNodes whether replicas are spread across nodes
 * @param statelessSpreadWhenUnsatisfiable {@code whenUnsatisfiable} of a stateless service's spread constraint
 * @param statefulSpreadWhenUnsatisfiable {@code whenUnsatisfiable} of a stateful service's spread constraint
 * @param runAsNonRoot whether containers must run as a non-root user
 * @param runAsUser the UID containers run as when the image's preset does not say
 * @param readOnlyRootFilesystem whether the container's root filesystem is read-only
 * @param writableTmp whether a writable emptyDir is mounted at {@code /tmp}
 * @param tmpSizeLimit the size limit of that emptyDir
 * @param allowPrivilegeEscalation whether a process may gain more privileges than its parent
 * @param dropAllCapabilities whether all Linux capabilities are dropped
 * @param seccompRuntimeDefault whether the container runtime's default seccomp profile applies
 * @param automountServiceAccountToken whether pods get an API token when they do not say they need the API
 * @param defaultResources the resources of a container that does not set its own
 * @param claimAccessMode the access mode of a claim template
 * @param storageClass the storage class of claims, or empty for the cluster's default
 * @param retainClaims whether a StatefulSet's claims are kept when it is deleted or scaled down
 * @param jobBackoffLimit retries of a Job before it is marked failed
 * @param jobTtlSecondsAfterFinished how long a finished Job is kept
 * @param cronConcurrencyPolicy what a CronJob does when the previous run has not finished
 * @param cronSuccessfulJobsHistoryLimit finished CronJob runs kept
 * @param cronFailedJobsHistoryLimit failed CronJob runs kept
 * @param cronStartingDeadlineSeconds how late a CronJob run may start
 * @param imagePullPolicy the image pull policy of every container
 * @param autoscaleCpuUtilization target average CPU utilization of an autoscaler, in percent
 * @param clusterDomain the cluster's DNS domain, for stable pod names
 */
public record Preset(String name, int statelessReplicas, int statefulReplicas, int disruptionBudgetFromReplicas,
        boolean spreadAcrossNodes, String statelessSpreadWhenUnsatisfiable, String statefulSpreadWhenUnsatisfiable,
        boolean runAsNonRoot, long runAsUser, boolean readOnlyRootFilesystem, boolean writableTmp,
        String tmpSizeLimit, boolean allowPrivilegeEscalation, boolean dropAllCapabilities,
        boolean seccompRuntimeDefault, boolean automountServiceAccountToken, Resources defaultResources,
        String claimAccessMode, Optional<String> storageClass, boolean retainClaims, int jobBackoffLimit,
        int jobTtlSecondsAfterFinished, String cronConcurrencyPolicy, int cronSuccessfulJobsHistoryLimit,
        int cronFailedJobsHistoryLimit, long cronStartingDeadlineSeconds, String imagePullPolicy,
        int autoscaleCpuUtilization, String clusterDomain) {

    /**
     * Checks the values can be applied.
     *
     * @param name the preset's name
     * @param statelessReplicas replicas of a stateless service
     * @param statefulReplicas replicas of a single-primary stateful service
     * @param disruptionBudgetFromReplicas the replica count from which a stateless service gets a PodDisruptionBudget
     * @param spreadAcrossNodes whether replicas are spread across nodes
     * @param statelessSpreadWhenUnsatisfiable a stateless service's {@code whenUnsatisfiable}
     * @param statefulSpreadWhenUnsatisfiable a stateful service's {@code whenUnsatisfiable}
     * @param runAsNonRoot whether containers must run as a non-root user
     * @param runAsUser the default UID
     * @param readOnlyRootFilesystem whether the root filesystem is read-only
     * @param writableTmp whether {@code /tmp} is writable
     * @param tmpSizeLimit the size limit of {@code /tmp}
     * @param allowPrivilegeEscalation whether privilege escalation is allowed
     * @param dropAllCapabilities whether all capabilities are dropped
     * @param seccompRuntimeDefault whether seccomp RuntimeDefault applies
     * @param automountServiceAccountToken whether pods get an API token by default
     * @param defaultResources default container resources
     * @param claimAccessMode the access mode of claim templates
     * @param storageClass the storage class of claims
     * @param retainClaims whether claims are retained
     * @param jobBackoffLimit the Job back-off limit
     * @param jobTtlSecondsAfterFinished the Job TTL
     * @param cronConcurrencyPolicy the CronJob concurrency policy
     * @param cronSuccessfulJobsHistoryLimit successful runs kept
     * @param cronFailedJobsHistoryLimit failed runs kept
     * @param cronStartingDeadlineSeconds the starting deadline
     * @param imagePullPolicy the image pull policy
     * @param autoscaleCpuUtilization the autoscaler's CPU target
     * @param clusterDomain the cluster domain
     * @throws IllegalArgumentException naming the first impossible value
     */
    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultResources, "defaultResources");
        Objects.requireNonNull(storageClass, "storageClass");
        atLeast("statelessReplicas", statelessReplicas, 0);
        atLeast("statefulReplicas", statefulReplicas, 0);
        atLeast("disruptionBudgetFromReplicas", disruptionBudgetFromReplicas, 1);
        atLeast("runAsUser", runAsUser, 0);
        atLeast("jobBackoffLimit", jobBackoffLimit, 0);
        atLeast("jobTtlSecondsAfterFinished", jobTtlSecondsAfterFinished, 0);
        atLeast("cronSuccessfulJobsHistoryLimit", cronSuccessfulJobsHistoryLimit, 0);
        atLeast("cronFailedJobsHistoryLimit", cronFailedJobsHistoryLimit, 0);
        atLeast("cronStartingDeadlineSeconds", cronStartingDeadlineSeconds, 1);
        if (autoscaleCpuUtilization < 1 || autoscaleCpuUtilization > 100) {
            throw new IllegalArgumentException("autoscaleCpuUtilization must be in 1..100, was " + autoscaleCpuUtilization);
        }
        if (runAsNonRoot && runAsUser == 0) {
            throw new IllegalArgumentException("runAsUser must not be 0 when runAsNonRoot is true");
        }
        oneOf("statelessSpreadWhenUnsatisfiable", statelessSpreadWhenUnsatisfiable, "ScheduleAnyway", "DoNotSchedule");
        oneOf("statefulSpreadWhenUnsatisfiable", statefulSpreadWhenUnsatisfiable, "ScheduleAnyway", "DoNotSchedule");
        oneOf("claimAccessMode", claimAccessMode, "ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany", "ReadOnlyMany");
        oneOf("cronConcurrencyPolicy", cronConcurrencyPolicy, "Allow", "Forbid", "Replace");
        oneOf("imagePullPolicy", imagePullPolicy, "Always", "IfNotPresent", "Never");
        Objects.requireNonNull(tmpSizeLimit, "tmpSizeLimit");
        Objects.requireNonNull(clusterDomain, "clusterDomain");
    }

    /**
     * Production defaults: two replicas spread across nodes, a PodDisruptionBudget, restricted pod security, requests
     * and a memory limit, claims retained.
     *
     * <pre>{@code
     * Preset.production().statelessReplicas(); // 2
     * }</pre>
     *
     * @return the production preset
     */
    public static Preset production() {
        return new Builder().build();
    }

    /**
     * Development defaults: as {@link #production()}, but one replica, no spreading, smaller resources, and claims
     * deleted with their StatefulSet. Security defaults are the same: what runs in development runs in production.
     *
     * <pre>{@code
     * Berth.application("shop").preset(Preset.development());
     * }</pre>
     *
     * @return the development preset
     */
    public static Preset development() {
        return new Builder().name("development").statelessReplicas(1).spreadAcrossNodes(false)
                .defaultResources(Resources.requests("50m", "64Mi").withMemoryLimit("256Mi"))
                .retainClaims(false).build();
    }

    /**
     * A builder starting from this preset's values: base plus variants.
     *
     * <pre>{@code
     * Preset.production().toBuilder().runAsUser(2000).build();
     * }</pre>
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void atLeast(String field, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
        }
    }

    private static void oneOf(String field, String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return;
            }
        }
        throw new IllegalArgumentException(field + " must be one of " + String.join(", ", allowed) + ", was "
                + (value == null ? "null" : "\"" + value + "\""));
    }

    /**
     * Builds a {@link Preset}; starts from the production values.
     *
     * <pre>{@code
     * Preset staging = new Preset.Builder().name("staging").statelessReplicas(1).build();
     * }</pre>
     */
    public static final class Builder {
        private String name = "production";
        private int statelessReplicas = 2;
        private int statefulReplicas = 1;
        private int disruptionBudgetFromReplicas = 2;
        private boolean spreadAcrossNodes = true;
        private String statelessSpreadWhenUnsatisfiable = "ScheduleAnyway";
        private String statefulSpreadWhenUnsatisfiable = "DoNotSchedule";
        private boolean runAsNonRoot = true;
        private long runAsUser = 10001;
        private boolean readOnlyRootFilesystem = true;
        private boolean writableTmp = true;
        private String tmpSizeLimit = "64Mi";
        private boolean allowPrivilegeEscalation = false;
        private boolean dropAllCapabilities = true;
        private boolean seccompRuntimeDefault = true;
        private boolean automountServiceAccountToken = false;
        private Resources defaultResources = Resources.requests("100m", "128Mi").withMemoryLimit("256Mi");
        private String claimAccessMode = "ReadWriteOnce";
        private Optional<String> storageClass = Optional.empty();
        private boolean retainClaims = true;
        private int jobBackoffLimit = 3;
        private int jobTtlSecondsAfterFinished = 86400;
        private String cronConcurrencyPolicy = "Forbid";
        private int cronSuccessfulJobsHistoryLimit = 3;
        private int cronFailedJobsHistoryLimit = 3;
        private long cronStartingDeadlineSeconds = 300;
        private String imagePullPolicy = "IfNotPresent";
        private int autoscaleCpuUtilization = 70;
        private String clusterDomain = "cluster.local";

        /** A builder with the production values. */
        public Builder() {
        }

        private Builder(Preset p) {
            name = p.name;
            statelessReplicas = p.statelessReplicas;
            statefulReplicas = p.statefulReplicas;
            disruptionBudgetFromReplicas = p.disruptionBudgetFromReplicas;
            spreadAcrossNodes = p.spreadAcrossNodes;
            statelessSpreadWhenUnsatisfiable = p.statelessSpreadWhenUnsatisfiable;
            statefulSpreadWhenUnsatisfiable = p.statefulSpreadWhenUnsatisfiable;
            runAsNonRoot = p.runAsNonRoot;
            runAsUser = p.runAsUser;
            readOnlyRootFilesystem = p.readOnlyRootFilesystem;
            writableTmp = p.writableTmp;
            tmpSizeLimit = p.tmpSizeLimit;
            allowPrivilegeEscalation = p.allowPrivilegeEscalation;
            dropAllCapabilities = p.dropAllCapabilities;
            seccompRuntimeDefault = p.seccompRuntimeDefault;
            automountServiceAccountToken = p.automountServiceAccountToken;
            defaultResources = p.defaultResources;
            claimAccessMode = p.claimAccessMode;
            storageClass = p.storageClass;
            retainClaims = p.retainClaims;
            jobBackoffLimit = p.jobBackoffLimit;
            jobTtlSecondsAfterFinished = p.jobTtlSecondsAfterFinished;
            cronConcurrencyPolicy = p.cronConcurrencyPolicy;
            cronSuccessfulJobsHistoryLimit = p.cronSuccessfulJobsHistoryLimit;
            cronFailedJobsHistoryLimit = p.cronFailedJobsHistoryLimit;
            cronStartingDeadlineSeconds = p.cronStartingDeadlineSeconds;
            imagePullPolicy = p.imagePullPolicy;
            autoscaleCpuUtilization = p.autoscaleCpuUtilization;
            clusterDomain = p.clusterDomain;
        }

        /**
         * The name {@code explain()} shows. Default: {@code "production"}.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Replicas of a stateless service that does not set its own. Default: 2 (1 in development), so one pod can be
         * lost or drained without an outage. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/deployment/">Deployments</a>.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder statelessReplicas(int value) {
            statelessReplicas = value;
            return this;
        }

        /**
         * Replicas of a single-primary stateful service that does not set its own. Default: 1. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/">StatefulSets</a>.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder statefulReplicas(int value) {
            statefulReplicas = value;
            return this;
        }

        /**
         * The replica count from which a stateless service gets a PodDisruptionBudget ({@code maxUnavailable: 1});
         * stateful services always get one. Default: 2. See
         * <a href="https://kubernetes.io/docs/tasks/run-application/configure-pdb/">Specifying a Disruption Budget</a>.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder disruptionBudgetFromReplicas(int value) {
            disruptionBudgetFromReplicas = value;
            return this;
        }

        /**
         * Whether replicas get a topology spread constraint over {@code kubernetes.io/hostname}. Default: true
         * (false in development). See
         * <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/">Pod Topology
         * Spread Constraints</a>.
         *
         * @param value true to spread
         * @return this builder
         */
        public Builder spreadAcrossNodes(boolean value) {
            spreadAcrossNodes = value;
            return this;
        }

        /**
         * {@code whenUnsatisfiable} of a stateless service's spread. Default: {@code ScheduleAnyway}: a stateless pod
         * on a crowded node is better than no pod. See
         * <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/">Pod Topology
         * Spread Constraints</a>.
         *
         * @param value {@code ScheduleAnyway} or {@code DoNotSchedule}
         * @return this builder
         */
        public Builder statelessSpreadWhenUnsatisfiable(String value) {
            statelessSpreadWhenUnsatisfiable = value;
            return this;
        }

        /**
         * {@code whenUnsatisfiable} of a stateful service's spread. Default: {@code DoNotSchedule}: two replicas of a
         * datastore on one node lose quorum together. See
         * <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/">Pod Topology
         * Spread Constraints</a>.
         *
         * @param value {@code ScheduleAnyway} or {@code DoNotSchedule}
         * @return this builder
         */
        public Builder statefulSpreadWhenUnsatisfiable(String value) {
            statefulSpreadWhenUnsatisfiable = value;
            return this;
        }

        /**
         * Whether the kubelet refuses to start a container as root. Default: true. See
         * <a href="https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted">Pod Security
         * Standards, restricted</a>.
         *
         * @param value true to require a non-root user
         * @return this builder
         */
        public Builder runAsNonRoot(boolean value) {
            runAsNonRoot = value;
            return this;
        }

        /**
         * The UID containers run as when neither the component nor its datastore preset says. Default: 10001. See
         * <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Configure a Security
         * Context</a>.
         *
         * @param value a UID, not 0 while {@link #runAsNonRoot(boolean)} is true
         * @return this builder
         */
        public Builder runAsUser(long value) {
            runAsUser = value;
            return this;
        }

        /**
         * Whether the container's root filesystem is read-only. Default: true, with a writable {@code /tmp}. See
         * <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Configure a Security
         * Context</a>.
         *
         * @param value true for read-only
         * @return this builder
         */
        public Builder readOnlyRootFilesystem(boolean value) {
            readOnlyRootFilesystem = value;
            return this;
        }

        /**
         * Whether an emptyDir is mounted at {@code /tmp} while the root filesystem is read-only. Default: true. See
         * <a href="https://kubernetes.io/docs/concepts/storage/volumes/#emptydir">emptyDir</a>.
         *
         * @param value true to mount it
         * @return this builder
         */
        public Builder writableTmp(boolean value) {
            writableTmp = value;
            return this;
        }

        /**
         * Size limit of the {@code /tmp} emptyDir. Default: {@code 64Mi}. See
         * <a href="https://kubernetes.io/docs/concepts/storage/volumes/#emptydir">emptyDir</a>.
         *
         * @param value a quantity
         * @return this builder
         */
        public Builder tmpSizeLimit(String value) {
            tmpSizeLimit = value;
            return this;
        }

        /**
         * Whether a process may gain more privileges than its parent. Default: false. See
         * <a href="https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted">Pod Security
         * Standards, restricted</a>.
         *
         * @param value true to allow
         * @return this builder
         */
        public Builder allowPrivilegeEscalation(boolean value) {
            allowPrivilegeEscalation = value;
            return this;
        }

        /**
         * Whether all Linux capabilities are dropped. Default: true. See
         * <a href="https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted">Pod Security
         * Standards, restricted</a>.
         *
         * @param value true to drop them
         * @return this builder
         */
        public Builder dropAllCapabilities(boolean value) {
            dropAllCapabilities = value;
            return this;
        }

        /**
         * Whether the pod uses the runtime's default seccomp profile. Default: true. See
         * <a href="https://kubernetes.io/docs/tutorials/security/seccomp/">Restrict a Container's Syscalls with
         * seccomp</a>.
         *
         * @param value true for RuntimeDefault
         * @return this builder
         */
        public Builder seccompRuntimeDefault(boolean value) {
            seccompRuntimeDefault = value;
            return this;
        }

        /**
         * Whether pods of a component that does not need the Kubernetes API get a service-account token. Default:
         * false. See <a href="https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting">Opt
         * out of API credential automounting</a>.
         *
         * @param value true to mount a token in every pod
         * @return this builder
         */
        public Builder automountServiceAccountToken(boolean value) {
            automountServiceAccountToken = value;
            return this;
        }

        /**
         * Resources of a container that sets none. Default: requests {@code cpu: 100m, memory: 128Mi}, limit
         * {@code memory: 256Mi}, no CPU limit. See
         * <a href="https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/">Resource
         * Management for Pods and Containers</a>.
         *
         * @param value the resources
         * @return this builder
         */
        public Builder defaultResources(Resources value) {
            defaultResources = value;
            return this;
        }

        /**
         * Access mode of a claim template that does not set one. Default: {@code ReadWriteOnce}. See
         * <a href="https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes">Access Modes</a>.
         *
         * @param value an access mode
         * @return this builder
         */
        public Builder claimAccessMode(String value) {
            claimAccessMode = value;
            return this;
        }

        /**
         * Storage class of claims that do not name one. Default: none, the cluster's default class. See
         * <a href="https://kubernetes.io/docs/concepts/storage/storage-classes/">Storage Classes</a>.
         *
         * @param value a class name, or null for the cluster's default
         * @return this builder
         */
        public Builder storageClass(String value) {
            storageClass = Optional.ofNullable(value);
            return this;
        }

        /**
         * Whether a StatefulSet's claims are kept when it is deleted or scaled down
         * ({@code persistentVolumeClaimRetentionPolicy} {@code Retain}). Default: true (false in development). See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention">PersistentVolumeClaim
         * retention</a>.
         *
         * @param value true to retain
         * @return this builder
         */
        public Builder retainClaims(boolean value) {
            retainClaims = value;
            return this;
        }

        /**
         * Retries of a Job before it fails. Default: 3. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy">Pod
         * backoff failure policy</a>.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder jobBackoffLimit(int value) {
            jobBackoffLimit = value;
            return this;
        }

        /**
         * Seconds a finished Job is kept before it is deleted. Default: 86400 (a day). See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/">Automatic Cleanup for
         * Finished Jobs</a>.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder jobTtlSecondsAfterFinished(int value) {
            jobTtlSecondsAfterFinished = value;
            return this;
        }

        /**
         * What a CronJob does when the previous run is still going. Default: {@code Forbid}. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy">Concurrency
         * policy</a>.
         *
         * @param value {@code Allow}, {@code Forbid} or {@code Replace}
         * @return this builder
         */
        public Builder cronConcurrencyPolicy(String value) {
            cronConcurrencyPolicy = value;
            return this;
        }

        /**
         * Successful CronJob runs kept. Default: 3. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#jobs-history-limits">Jobs
         * history limits</a>.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder cronSuccessfulJobsHistoryLimit(int value) {
            cronSuccessfulJobsHistoryLimit = value;
            return this;
        }

        /**
         * Failed CronJob runs kept. Default: 3, so failures can be read. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#jobs-history-limits">Jobs
         * history limits</a>.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder cronFailedJobsHistoryLimit(int value) {
            cronFailedJobsHistoryLimit = value;
            return this;
        }

        /**
         * Seconds a missed CronJob run may start late. Default: 300. See
         * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#starting-deadline">Starting
         * deadline</a>.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder cronStartingDeadlineSeconds(long value) {
            cronStartingDeadlineSeconds = value;
            return this;
        }

        /**
         * Image pull policy of every container. Default: {@code IfNotPresent}. See
         * <a href="https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy">Image pull policy</a>.
         *
         * @param value {@code Always}, {@code IfNotPresent} or {@code Never}
         * @return this builder
         */
        public Builder imagePullPolicy(String value) {
            imagePullPolicy = value;
            return this;
        }

        /**
         * Target average CPU utilization of an autoscaler, in percent of the request. Default: 70. See
         * <a href="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/">Horizontal Pod
         * Autoscaling</a>.
         *
         * @param value 1 to 100
         * @return this builder
         */
        public Builder autoscaleCpuUtilization(int value) {
            autoscaleCpuUtilization = value;
            return this;
        }

        /**
         * The cluster's DNS domain, for the stable names of StatefulSet pods. Default: {@code cluster.local}. See
         * <a href="https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/">DNS for Services and
         * Pods</a>.
         *
         * @param value a domain
         * @return this builder
         */
        public Builder clusterDomain(String value) {
            clusterDomain = value;
            return this;
        }

        /**
         * The preset.
         *
         * @return an immutable preset
         * @throws IllegalArgumentException naming the first impossible value
         */
        public Preset build() {
            return new Preset(name, statelessReplicas, statefulReplicas, disruptionBudgetFromReplicas,
                    spreadAcrossNodes, statelessSpreadWhenUnsatisfiable, statefulSpreadWhenUnsatisfiable, runAsNonRoot,
                    runAsUser, readOnlyRootFilesystem, writableTmp, tmpSizeLimit, allowPrivilegeEscalation,
                    dropAllCapabilities, seccompRuntimeDefault, automountServiceAccountToken, defaultResources,
                    claimAccessMode, storageClass, retainClaims, jobBackoffLimit, jobTtlSecondsAfterFinished,
                    cronConcurrencyPolicy, cronSuccessfulJobsHistoryLimit, cronFailedJobsHistoryLimit,
                    cronStartingDeadlineSeconds, imagePullPolicy, autoscaleCpuUtilization, clusterDomain);
        }
    }
}
