package dev.berth.validation;

/**
 * What a rule is about, mirroring what Kubernetes users already know.
 *
 * <pre>{@code
 * RuleSets.all().rules().stream().filter(r -> r.info().category() == Category.STORAGE)
 * }</pre>
 */
public enum Category {
    /** State and storage: databases in StatefulSets, durable and retained data, claims. */
    STORAGE,
    /** Workloads: replicas, probes, resources, images, API versions, jobs. */
    WORKLOAD,
    /** Availability: disruption budgets, spread, autoscalers. */
    AVAILABILITY,
    /** Identity: service accounts, tokens, RBAC. */
    IDENTITY,
    /** Network: Services, NetworkPolicies, ports, Ingress. */
    NETWORK,
    /** Security: the Pod Security Standards and container hardening. */
    SECURITY,
    /** Configuration and secrets. */
    CONFIG,
    /** Schema: unknown fields, wrong types, invalid names. */
    SCHEMA
}
