package dev.berth.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;

/** The baseline writer: fabric8's {@code asYaml}, one document per object, each starting with {@code ---}. */
public final class Fabric8Yaml {

    private Fabric8Yaml() {
    }

    /**
     * @param serialization fabric8's serializer
     * @param objects the objects, in order
     * @return a multi-document YAML text
     */
    public static String write(KubernetesSerialization serialization, List<HasMetadata> objects) {
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : objects) {
            String yaml = serialization.asYaml(object);
            if (!yaml.startsWith("---")) {
                out.append("---\n");
            }
            out.append(yaml);
        }
        return out.toString();
    }
}
