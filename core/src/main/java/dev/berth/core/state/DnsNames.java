package dev.berth.core.state;

import dev.berth.core.text.Patterns;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Kubernetes name checks {@link PodDnsNames} needs, each throwing a message that names the value and the rule.
 */
final class DnsNames {

    static final int MAX_LABEL_LENGTH = 63;
    static final int MAX_SUBDOMAIN_LENGTH = 253;

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    private static final Pattern DNS_1123_LABEL = Patterns.whole(LABEL);
    private static final Pattern DNS_1035_LABEL = Patterns.whole("[a-z](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern DNS_1123_SUBDOMAIN = Patterns.whole(LABEL + "(?:\\." + LABEL + ")*");

    private DnsNames() {
    }

    /** A namespace, a StatefulSet or a pod name: lowercase letters, digits and '-', at most 63 characters. */
    static String requireDns1123Label(String what, String value) {
        requireNotBlank(what, value);
        if (value.length() > MAX_LABEL_LENGTH || !DNS_1123_LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a DNS-1123 label (at most 63 lowercase letters, digits"
                    + " and '-', starting and ending with a letter or digit), was \"" + value + "\"");
        }
        return value;
    }

    /** A Service name: a DNS-1123 label that also starts with a letter (RFC 1035). */
    static String requireDns1035Label(String what, String value) {
        requireNotBlank(what, value);
        if (value.length() > MAX_LABEL_LENGTH || !DNS_1035_LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a DNS-1035 label (at most 63 lowercase letters, digits"
                    + " and '-', starting with a letter and ending with a letter or digit), was \"" + value + "\"");
        }
        return value;
    }

    /** A cluster domain: dot-separated DNS-1123 labels, at most 253 characters. */
    static String requireDns1123Subdomain(String what, String value) {
        requireNotBlank(what, value);
        boolean labelsFit = value.length() <= MAX_SUBDOMAIN_LENGTH && DNS_1123_SUBDOMAIN.matcher(value).matches();
        for (String label : value.split("\\.")) {
            labelsFit &= label.length() <= MAX_LABEL_LENGTH;
        }
        if (!labelsFit) {
            throw new IllegalArgumentException(what + " must be a DNS-1123 subdomain (dot-separated DNS-1123 labels,"
                    + " at most 253 characters), was \"" + value + "\"");
        }
        return value;
    }

    private static void requireNotBlank(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was \"" + value + "\"");
        }
    }
}
