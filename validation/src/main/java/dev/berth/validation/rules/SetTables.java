package dev.berth.validation.rules;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lookup tables over the whole set that rules of several packages ask for, each built once per run through
 * {@link RuleContext#once}: one place names each table's key, so two rules can never build different tables under it.
 */
public final class SetTables {

    private SetTables() {
    }

    /**
     * @param context a rule's context
     * @return the namespaces in which the set defines at least one Service
     */
    public static Set<String> namespacesWithServices(RuleContext context) {
        return context.once("namespaces-with-services", manifest -> manifest.all(Service.class).stream()
                .map(ObjectRef::namespaceOf).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * @param context a rule's context
     * @return how many workloads of the whole set run in each namespace
     */
    public static Map<String, Integer> workloadsPerNamespace(RuleContext context) {
        return context.once("workloads-per-namespace", manifest -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Workload workload : manifest.workloads()) {
                counts.merge(workload.namespace(), 1, Integer::sum);
            }
            return Collections.unmodifiableMap(counts);
        });
    }
}
