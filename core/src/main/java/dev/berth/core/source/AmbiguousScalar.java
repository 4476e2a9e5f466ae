package dev.berth.core.source;

/**
 * An unquoted value or key that YAML 1.1 (the rules {@code kubectl} reads manifests with) does not read as the text the
 * user typed: {@code enabled: yes} in ConfigMap data is the boolean {@code true}, a label {@code version: 1.10} is the
 * number {@code 1.1}, a key {@code on:} becomes {@code "true"}.
 *
 * <p>Berth's reader keeps the user's text as a string and lists the value here, so the validator can warn that
 * {@code kubectl} will read it differently; quoting the value removes the doubt.
 *
 * @param fieldPath where the value sits, such as {@code data.enabled} or {@code metadata.labels.version}
 * @param text the text as typed
 * @param yaml11Reading how YAML 1.1 reads it, such as {@code boolean true}, {@code number 1.1} or {@code null}
 * @param key true when the scalar is a mapping key rather than a value
 */
public record AmbiguousScalar(String fieldPath, String text, String yaml11Reading, boolean key) {

    /** @return a sentence for messages: {@code data.enabled: yes is read by YAML 1.1 as boolean true} */
    public String describe() {
        return fieldPath + ": " + (key ? "key " : "") + text + " is read by YAML 1.1 as " + yaml11Reading;
    }
}
