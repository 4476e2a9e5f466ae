package dev.berth.dsl.network;

import dev.berth.core.ObjectRef;
import dev.berth.dsl.config.SecretRef;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import dev.berth.dsl.workload.PodComponent;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Public HTTP entry through an Ingress ({@code networking.k8s.io/v1}): a host and a path routed to a service's port,
 * with TLS from a certificate Secret. Secure by default: an Ingress without TLS is refused unless the caller says why
 * plain HTTP is acceptable ({@link Spec#plainHttp(String)}). When the application restricts traffic, also admit the
 * ingress controller: {@code allowFromAnywhere().to("web").on(8080)}.
 *
 * <pre>{@code
 * StatelessService web = StaticSites.fromImage("site", "ghcr.io/acme/site:2024.11.3");
 * Berth.application("site").add(web)
 *      .add(Ingresses.to(web).host("www.example.com").className("nginx").tls(Secrets.existing("www-tls")));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/services-networking/ingress/">Ingress</a>.
 */
public final class Ingresses {

    private Ingresses() {
    }

    /**
     * An Ingress named like the service, to its Service's {@code http} port (else its first port), on every path
     * ({@code /}, {@code Prefix}), for every host, with the cluster's default class, and no TLS yet.
     *
     * <pre>{@code
     * Ingresses.to(web).host("shop.example.com").tls(Secrets.existing("shop-tls"));
     * }</pre>
     *
     * @param service a stateless or stateful service that exposes a port
     * @return the Ingress, to refine
     * @throws IllegalArgumentException when the service exposes no port
     */
    public static Spec to(PodComponent<?> service) {
        return new Spec(service.name(), Backends.port(service, "ingress " + service.name()).name(),
                Optional.empty(), Optional.empty(), "/", Optional.empty(), Optional.empty());
    }

    /**
     * An Ingress to add to an application. Immutable.
     *
     * <pre>{@code
     * Ingresses.to(web).host("shop.example.com").path("/api").className("nginx").tls(Secrets.existing("shop-tls"));
     * }</pre>
     *
     * @param service the service's name, also the Ingress's
     * @param port the Service port's name
     * @param host the host, or empty for every host
     * @param className the IngressClass, or empty for the cluster's default
     * @param path the path prefix. Default: {@code /}
     * @param tls the certificate Secret, or empty
     * @param plainHttpReason why plain HTTP is acceptable, or empty
     */
    public record Spec(String service, String port, Optional<String> host, Optional<String> className, String path,
            Optional<SecretRef> tls, Optional<String> plainHttpReason) implements Component {

        /**
         * Checks nothing is null.
         *
         * @param service the service
         * @param port the port
         * @param host the host
         * @param className the class
         * @param path the path
         * @param tls the Secret
         * @param plainHttpReason the reason
         */
        public Spec {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(tls, "tls");
            Objects.requireNonNull(plainHttpReason, "plainHttpReason");
            Backends.requirePath("ingress " + service, path);
        }

        /**
         * A copy for one host. Default: every host.
         *
         * @param value a DNS name, or a wildcard such as {@code *.example.com}
         * @return the copy
         * @throws IllegalArgumentException when the host is not a DNS name
         */
        public Spec host(String value) {
            return new Spec(service, port, Optional.of(Backends.requireHost("ingress " + service, value)), className,
                    path, tls, plainHttpReason);
        }

        /**
         * A copy on a path prefix. Default: {@code /}.
         *
         * @param value an absolute path
         * @return the copy
         */
        public Spec path(String value) {
            return new Spec(service, port, host, className, value, tls, plainHttpReason);
        }

        /**
         * A copy with an IngressClass. Default: the cluster's default class.
         *
         * @param value such as {@code nginx}
         * @return the copy
         */
        public Spec className(String value) {
            return new Spec(service, port, host, Optional.of(Objects.requireNonNull(value, "className")), path, tls,
                    plainHttpReason);
        }

        /**
         * A copy that serves the host over TLS with the certificate and key of a {@code kubernetes.io/tls} Secret
         * (cert-manager can issue it). Default: none, which is refused without {@link #plainHttp(String)}.
         *
         * @param secret the Secret
         * @return the copy
         */
        public Spec tls(SecretRef secret) {
            return new Spec(service, port, host, className, path, Optional.of(secret), plainHttpReason);
        }

        /**
         * A copy that serves plain HTTP, with the reason, written as the annotation
         * {@code ignore.berth.dev/ingress-tls} so the validator agrees.
         *
         * @param reason why plain HTTP is acceptable, such as "TLS ends at the cloud load balancer"
         * @return the copy
         * @throws IllegalArgumentException when the reason is blank
         */
        public Spec plainHttp(String reason) {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("plainHttp of ingress " + service + " needs a reason, was "
                        + (reason == null ? "null" : "\"" + reason + "\""));
            }
            return new Spec(service, port, host, className, path, tls, Optional.of(reason));
        }

        /**
         * Adds the Ingress.
         *
         * @param a the application's assembly
         * @throws IllegalArgumentException when it has neither TLS nor a reason for plain HTTP
         */
        @Override
        public void contribute(Assembly a) {
            if (tls.isEmpty() && plainHttpReason.isEmpty()) {
                throw new IllegalArgumentException("ingress " + service + " serves " + host.orElse("every host")
                        + " without TLS: give a certificate Secret with tls(Secrets.existing(\"" + service
                        + "-tls\")), or say why plain HTTP is acceptable with plainHttp(\"reason\")");
            }
            Map<String, String> annotations = new LinkedHashMap<>();
            plainHttpReason.ifPresent(r -> annotations.put(Assembly.SUPPRESSION_PREFIX + "ingress-tls", r));
            IngressBuilder b = new IngressBuilder()
                    .withMetadata(a.metadata(service, service).addToAnnotations(annotations).build())
                    .withNewSpec().withIngressClassName(className.orElse(null))
                    .addToRules(new IngressRuleBuilder().withHost(host.orElse(null)).withNewHttp().addNewPath()
                            .withPath(path).withPathType("Prefix").withNewBackend().withNewService().withName(service)
                            .withNewPort().withName(port).endPort().endService().endBackend().endPath().endHttp()
                            .build())
                    .endSpec();
            tls.ifPresent(s -> b.editSpec().addNewTl().withHosts(host.map(List::of).orElse(List.of()))
                    .withSecretName(s.name()).endTl().endSpec());
            var ingress = b.build();
            a.explain(ObjectRef.of(ingress), "spec.tls", tls.map(SecretRef::name).orElse("(none)"), Origin.USER,
                    tls.isPresent() ? "tls(...)" : "plainHttp: " + plainHttpReason.get());
            a.add(ingress);
        }
    }
}
