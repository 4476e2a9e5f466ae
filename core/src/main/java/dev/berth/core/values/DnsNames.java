package dev.berth.core.values;

import dev.berth.core.text.Patterns;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Kubernetes name checks (DNS-1123 labels and subdomains, DNS-1035 labels), each throwing a message that names the
 * value and the rule: for pod DNS names, and for the DSL's object names (a Secret or ConfigMap is a DNS-1123 subdomain).
 *
 * <pre>{@code
 * DnsNames.requireDns1123Subdomain("Secret name", "db-credentials"); // "db-credentials"
 * DnsNames.requireDns1123Subdomain("Secret name", "DB_Credentials"); // IllegalArgumentException
 * }</pre>
 */
public final class DnsNames {

    private static final int MAX_LABEL_LENGTH = 63;
    private static final int MAX_SUBDOMAIN_LENGTH = 253;

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    private static final Pattern DNS_1123_LABEL = Patterns.whole(LABEL);
    private static final Pattern DNS_1035_LABEL = Patterns.whole("[a-z](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern DNS_1123_SUBDOMAIN = Patterns.whole(LABEL + "(?:\\." + LABEL + ")*");

    private DnsNames() {
    }

    /**
     * A namespace, a StatefulSet or a pod name: lowercase letters, digits and '-', at most 63 characters.
     *
     * <pre>{@code
     * DnsNames.requireDns1123Label("namespace", "shop"); // "shop"
     * }</pre>
     *
     * @param what what the value names, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the value when it is blank or not a DNS-1123 label
     */
    public static String requireDns1123Label(String what, String value) {
        requireNotBlank(what, value);
        if (value.length() > MAX_LABEL_LENGTH || !DNS_1123_LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a DNS-1123 label (at most 63 lowercase letters, digits"
                    + " and '-', starting and ending with a letter or digit), was \"" + value + "\"");
        }
        return value;
    }

    /**
     * A Service name: a DNS-1123 label that also starts with a letter (RFC 1035).
     *
     * <pre>{@code
     * DnsNames.requireDns1035Label("Service name", "db-headless"); // "db-headless"
     * }</pre>
     *
     * @param what what the value names, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the value when it is blank or not a DNS-1035 label
     */
    public static String requireDns1035Label(String what, String value) {
        requireNotBlank(what, value);
        if (value.length() > MAX_LABEL_LENGTH || !DNS_1035_LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a DNS-1035 label (at most 63 lowercase letters, digits"
                    + " and '-', starting with a letter and ending with a letter or digit), was \"" + value + "\"");
        }
        return value;
    }

    /**
     * A cluster domain, or the name of most objects (a Secret, a ConfigMap): dot-separated DNS-1123 labels, at most
     * 253 characters.
     *
     * <pre>{@code
     * DnsNames.requireDns1123Subdomain("ConfigMap name", "web.config"); // "web.config"
     * }</pre>
     *
     * @param what what the value names, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the value when it is blank or not a DNS-1123 subdomain
     */
    public static String requireDns1123Subdomain(String what, String value) {
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
