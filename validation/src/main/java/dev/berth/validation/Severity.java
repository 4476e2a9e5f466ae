package dev.berth.validation;

/**
 * How much a finding matters, from {@link #HIGH} (breaks data or security) down to {@link #INFO} (worth knowing).
 *
 * <pre>{@code
 * report.hasAtLeast(Severity.MEDIUM);
 * }</pre>
 */
public enum Severity {
    /** Loses data, opens a security hole, or stops the application working. */
    HIGH,
    /** Likely to hurt availability or operations. */
    MEDIUM,
    /** A weakness worth fixing. */
    LOW,
    /** Worth knowing; the cluster or the context may make it fine. */
    INFO;

    /**
     * @param other another severity
     * @return true when this severity is {@code other} or more severe
     */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** @return the lower-case name used in ids, flags and reports: {@code high}, {@code medium}... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
