package dev.berth.validation.rules.network;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ingress serves plain HTTP: it has no {@code spec.tls} (Polaris {@code tlsSettingsMissing}), or one of its rule
 * hosts is covered by none of its TLS entries (a TLS entry without hosts covers them all; {@code *.example.com}
 * covers one label).
 */
public final class IngressTls extends Rule {

    /** Creates the rule. */
    public IngressTls() {
        super(RuleInfo.id("ingress-tls")
                .summary("An Ingress serves hosts without TLS")
                .severity(Severity.MEDIUM).category(Category.NETWORK).kinds("Ingress")
                .remediation("Add a spec.tls entry with the Ingress's hosts and a certificate Secret (cert-manager "
                        + "can issue one).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Ingresses.View view : Ingresses.views(context)) {
            if (!view.hasTls()) {
                List<String> hosts = new ArrayList<>();
                view.hosts().forEach(h -> hosts.add(h[0]));
                context.report(view.ingress(), "spec.tls", "has no spec.tls, so "
                        + (hosts.isEmpty() ? "it" : "[" + String.join(", ", hosts) + "]") + " is served over plain "
                        + "HTTP");
                continue;
            }
            for (String[] host : view.hosts()) {
                if (view.tlsHosts().stream().noneMatch(tls -> covers(tls, host[0]))) {
                    context.report(view.ingress(), host[1], "host " + host[0] + " is in no spec.tls entry, so it is "
                            + "served over plain HTTP");
                }
            }
        }
    }

    private static boolean covers(String tls, String host) {
        if (tls.equals("*") || tls.equals(host)) {
            return true;
        }
        int dot = host.indexOf('.');
        return tls.startsWith("*.") && dot > 0 && host.substring(dot).equals(tls.substring(1));
    }
}
