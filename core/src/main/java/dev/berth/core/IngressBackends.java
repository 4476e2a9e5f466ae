package dev.berth.core;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.List;

/** Lists the Services an {@code networking.k8s.io/v1} Ingress sends traffic to, with their field paths. */
final class IngressBackends {

    /**
     * @param path where the Service name sits
     * @param name the Service's name
     */
    record Backend(String path, String name) {
    }

    private IngressBackends() {
    }

    static List<Backend> services(Ingress ingress) {
        List<Backend> found = new ArrayList<>();
        if (ingress.getSpec() == null) {
            return found;
        }
        add(found, "spec.defaultBackend", ingress.getSpec().getDefaultBackend());
        List<IngressRule> rules = ingress.getSpec().getRules();
        for (int r = 0; rules != null && r < rules.size(); r++) {
            if (rules.get(r) == null || rules.get(r).getHttp() == null || rules.get(r).getHttp().getPaths() == null) {
                continue;
            }
            List<HTTPIngressPath> paths = rules.get(r).getHttp().getPaths();
            for (int p = 0; p < paths.size(); p++) {
                if (paths.get(p) != null) {
                    add(found, "spec.rules[" + r + "].http.paths[" + p + "].backend", paths.get(p).getBackend());
                }
            }
        }
        return found;
    }

    private static void add(List<Backend> found, String path, IngressBackend backend) {
        if (backend != null && backend.getService() != null && backend.getService().getName() != null) {
            found.add(new Backend(path + ".service.name", backend.getService().getName()));
        }
    }
}
