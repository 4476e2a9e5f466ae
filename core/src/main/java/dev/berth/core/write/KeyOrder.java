package dev.berth.core.write;

/**
 * The order of keys inside every mapping the writer prints. Either order is total: the same object prints the same
 * bytes whatever order its maps were filled in.
 *
 * <p>{@link #CONVENTIONAL} (the default) prints keys the way people write manifests by hand. A short table puts
 * some keys first, the rest follow alphabetically:
 *
 * <table>
 *   <caption>Keys that come first, in this order</caption>
 *   <tr><th>Mapping</th><th>First keys</th><th>Then</th></tr>
 *   <tr><td>the object</td>
 *       <td>{@code apiVersion, kind, metadata, spec, data, stringData, binaryData, type, rules, roleRef,
 *       subjects}</td>
 *       <td>the others alphabetically, {@code status} last</td></tr>
 *   <tr><td>any {@code metadata}</td><td>{@code name, generateName, namespace, labels, annotations}</td>
 *       <td>alphabetically</td></tr>
 *   <tr><td>free-form maps: {@code labels, annotations, data, stringData, binaryData, matchLabels, nodeSelector,
 *       selector, parameters, limits, requests, capacity, hard, overhead, volumeAttributes}</td>
 *       <td>none</td><td>alphabetically</td></tr>
 *   <tr><td>every other mapping (containers, ports, volumes, env, references...)</td>
 *       <td>{@code apiVersion, apiGroup, kind, name, namespace, image, command, args, key, operator, value,
 *       values}</td>
 *       <td>alphabetically</td></tr>
 * </table>
 *
 * <p>So a container reads {@code name, image, command, args, env, ...}, an environment variable
 * {@code name, value}, a toleration {@code key, operator, value, effect}, a role reference
 * {@code apiGroup, kind, name}. Free-form maps hold the user's data, where a key {@code name} is just a label: they
 * are sorted alphabetically, not by the table, so that two equal objects print the same whatever order their labels
 * were added in. "Alphabetically" is {@link String#compareTo}: by UTF-16 code unit, upper case before lower case.
 *
 * <p>{@link #ALPHABETICAL} sorts every mapping alphabetically, as {@code kubectl get -o yaml} prints.
 *
 * <pre>{@code
 * ManifestWriter writer = ManifestWriter.yaml().withKeyOrder(KeyOrder.ALPHABETICAL);
 * }</pre>
 */
public enum KeyOrder {
    /** The table above, then alphabetical; the default. */
    CONVENTIONAL,
    /** Every key alphabetically, at every level. */
    ALPHABETICAL
}
