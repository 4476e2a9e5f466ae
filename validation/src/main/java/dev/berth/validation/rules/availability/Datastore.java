package dev.berth.validation.rules.availability;

import dev.berth.core.state.Datastores;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Container;
import java.util.Optional;

/** Finds the datastore a workload runs, from its container images. */
final class Datastore {

    private Datastore() {
    }

    /**
     * @param workload a workload
     * @return the display name of the first datastore among its containers (init containers excluded)
     */
    static Optional<String> of(Workload workload) {
        for (Container c : workload.containers()) {
            Optional<dev.berth.core.state.Datastore> found = c.getImage() == null ? Optional.empty()
                    : Datastores.recognise(c.getImage());
            if (found.isPresent()) {
                return Optional.of(found.get().displayName());
            }
        }
        return Optional.empty();
    }

    /**
     * @param workload a workload
     * @return true for a single-replica StatefulSet running a datastore, whose budget may rightly forbid eviction
     */
    static boolean singleInstance(Workload workload) {
        return workload.kind().equals("StatefulSet") && workload.replicas().orElse(1) == 1 && of(workload).isPresent();
    }
}
