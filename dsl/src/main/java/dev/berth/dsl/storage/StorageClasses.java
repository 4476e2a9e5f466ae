package dev.berth.dsl.storage;

import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * StorageClasses with safe defaults: volumes retained when their claim goes ({@code reclaimPolicy: Retain}), bound
 * where the pod lands ({@code WaitForFirstConsumer}), expandable.
 *
 * <pre>{@code
 * app.add(StorageClasses.named("fast", "ebs.csi.aws.com").parameter("type", "gp3"));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/storage/storage-classes/">Storage Classes</a>.
 */
public final class StorageClasses {

    private StorageClasses() {
    }

    /**
     * A StorageClass.
     *
     * <pre>{@code
     * StorageClasses.named("fast", "ebs.csi.aws.com");
     * }</pre>
     *
     * @param name the class's name
     * @param provisioner the CSI driver or provisioner
     * @return the class, to refine
     */
    public static Spec named(String name, String provisioner) {
        return new Spec(name, provisioner, new TreeMap<>(), "Retain", "WaitForFirstConsumer", true);
    }

    /**
     * A StorageClass to add to an application. Immutable.
     *
     * <pre>{@code
     * StorageClasses.named("scratch", "rancher.io/local-path").deleteVolumesWithClaims();
     * }</pre>
     *
     * @param name the name
     * @param provisioner the provisioner
     * @param parameters the provisioner's parameters
     * @param reclaimPolicy what happens to a volume when its claim goes. Default: {@code Retain}
     * @param bindingMode when a volume is bound. Default: {@code WaitForFirstConsumer}
     * @param allowExpansion whether claims can grow. Default: true
     */
    public record Spec(String name, String provisioner, Map<String, String> parameters, String reclaimPolicy,
            String bindingMode, boolean allowExpansion) implements Component {

        /**
         * Checks and copies.
         *
         * @param name the name
         * @param provisioner the provisioner
         * @param parameters the parameters
         * @param reclaimPolicy the reclaim policy
         * @param bindingMode the binding mode
         * @param allowExpansion whether expandable
         */
        public Spec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(provisioner, "provisioner");
            parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
            if (!"Retain".equals(reclaimPolicy) && !"Delete".equals(reclaimPolicy)) {
                throw new IllegalArgumentException("reclaimPolicy must be Retain or Delete, was " + reclaimPolicy);
            }
        }

        /**
         * A copy with one more provisioner parameter.
         *
         * @param key the key
         * @param value the value
         * @return the copy
         */
        public Spec parameter(String key, String value) {
            Map<String, String> copy = new TreeMap<>(parameters);
            copy.put(key, value);
            return new Spec(name, provisioner, copy, reclaimPolicy, bindingMode, allowExpansion);
        }

        /**
         * A copy whose volumes are deleted with their claims: for data that can be rebuilt.
         *
         * @return the copy
         */
        public Spec deleteVolumesWithClaims() {
            return new Spec(name, provisioner, parameters, "Delete", bindingMode, allowExpansion);
        }

        /**
         * A copy that binds volumes as soon as a claim is made ({@code Immediate}).
         *
         * @return the copy
         */
        public Spec bindImmediately() {
            return new Spec(name, provisioner, parameters, reclaimPolicy, "Immediate", allowExpansion);
        }

        /**
         * Adds the StorageClass.
         *
         * @param assembly the application's assembly
         */
        @Override
        public void contribute(Assembly assembly) {
            assembly.add(new StorageClassBuilder().withNewMetadata().withName(name)
                    .withLabels(Map.of("app.kubernetes.io/managed-by", Assembly.MANAGED_BY)).endMetadata()
                    .withProvisioner(provisioner).withParameters(parameters)
                    .withReclaimPolicy(reclaimPolicy).withVolumeBindingMode(bindingMode)
                    .withAllowVolumeExpansion(allowExpansion).build());
        }
    }
}
