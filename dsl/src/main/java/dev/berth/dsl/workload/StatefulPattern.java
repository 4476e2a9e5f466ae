package dev.berth.dsl.workload;

/**
 * How the replicas of a stateful service relate: one primary; a primary with read replicas; or a ring (sharded)
 * of equal members that start in parallel and find each other through stable DNS names.
 *
 * <pre>{@code
 * Berth.datastore("db", DatastorePresets.postgresql()).pattern(StatefulPattern.primaryWithReadReplicas(2));
 * Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3));
 * }</pre>
 *
 * @param kind the pattern
 * @param members read replicas (for {@link Kind#PRIMARY_WITH_READ_REPLICAS}) or ring members (for {@link Kind#RING});
 *     0 for {@link Kind#SINGLE_PRIMARY}, whose replicas come from the component or the preset
 */
public record StatefulPattern(Kind kind, int members) {

    /** The patterns. */
    public enum Kind {
        /** One StatefulSet; ordered start and rolling updates; one client Service. */
        SINGLE_PRIMARY,
        /**
         * A primary StatefulSet of one pod behind a read-write Service, and a replica StatefulSet behind a read-only
         * Service; replicas get the primary's stable name in {@code PRIMARY_HOST}.
         */
        PRIMARY_WITH_READ_REPLICAS,
        /**
         * Equal members started in parallel; the headless Service publishes not-ready pods so members can find each
         * other; the datastore's peer variable lists every member's stable name.
         */
        RING
    }

    /**
     * Checks the member count fits the pattern.
     *
     * @param kind the pattern
     * @param members the members
     * @throws IllegalArgumentException naming the count when it does not
     */
    public StatefulPattern {
        if (kind == null) {
            throw new IllegalArgumentException("pattern kind must not be null");
        }
        if (kind == Kind.PRIMARY_WITH_READ_REPLICAS && members < 1) {
            throw new IllegalArgumentException("the read-replica pattern needs at least 1 read replica, was " + members);
        }
        if (kind == Kind.RING && members < 1) {
            throw new IllegalArgumentException("a ring needs at least 1 member, was " + members);
        }
        if (kind == Kind.SINGLE_PRIMARY && members != 0) {
            throw new IllegalArgumentException("single primary takes its replicas from replicas(n), was " + members);
        }
    }

    /**
     * One primary (the default).
     *
     * @return the pattern
     */
    public static StatefulPattern singlePrimary() {
        return new StatefulPattern(Kind.SINGLE_PRIMARY, 0);
    }

    /**
     * A primary with read replicas.
     *
     * <pre>{@code
     * StatefulPattern.primaryWithReadReplicas(2);
     * }</pre>
     *
     * @param readReplicas 1 or more
     * @return the pattern
     * @throws IllegalArgumentException when readReplicas is below 1
     */
    public static StatefulPattern primaryWithReadReplicas(int readReplicas) {
        return new StatefulPattern(Kind.PRIMARY_WITH_READ_REPLICAS, readReplicas);
    }

    /**
     * A ring (or sharded set) of equal members.
     *
     * <pre>{@code
     * StatefulPattern.ring(3);
     * }</pre>
     *
     * @param members 1 or more
     * @return the pattern
     * @throws IllegalArgumentException when members is below 1
     */
    public static StatefulPattern ring(int members) {
        return new StatefulPattern(Kind.RING, members);
    }
}
