package dev.berth.validation.rules.security;

import java.util.Locale;
import java.util.Set;

/**
 * The capability lists of the Pod Security Standards, and the partition that keeps three rules from reporting one
 * added capability three times: a dangerous capability belongs to {@code dangerous-capabilities}, any other outside the
 * baseline list to {@code capabilities-baseline}, and a baseline one other than NET_BIND_SERVICE to
 * {@code capabilities-drop-all}.
 */
final class Capabilities {

    /** What the baseline standard lets a container add, compared exactly as the admission controller does. */
    static final Set<String> BASELINE = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL",
            "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    /** Capabilities that open a way out of the container, compared without case or {@code CAP_} prefix. */
    static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_MODULE", "SYS_PTRACE",
            "SYS_RAWIO", "SYS_BOOT", "DAC_READ_SEARCH", "BPF", "MAC_ADMIN", "MAC_OVERRIDE");

    /** The one capability the restricted standard lets a container add back. */
    static final String NET_BIND_SERVICE = "NET_BIND_SERVICE";

    private Capabilities() {
    }

    static String normalise(String capability) {
        String upper = capability.trim().toUpperCase(Locale.ROOT);
        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
    }

    static boolean dangerous(String capability) {
        return DANGEROUS.contains(normalise(capability));
    }

    static boolean outsideBaseline(String capability) {
        return !dangerous(capability) && !BASELINE.contains(capability);
    }

    static boolean outsideRestricted(String capability) {
        return BASELINE.contains(capability) && !capability.equals(NET_BIND_SERVICE);
    }
}
