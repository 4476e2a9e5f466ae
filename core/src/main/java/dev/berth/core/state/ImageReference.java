package dev.berth.core.state;

import java.util.Objects;
import java.util.Optional;

/**
 * A container image reference, parsed by the Docker reference grammar: registry, repository, and an optional tag and
 * digest.
 *
 * <p>References are normalised as Docker normalises them: a name without a registry is on {@value #DOCKER_HUB}, a
 * single-component name there is in {@code library/}, and {@code index.docker.io} is {@value #DOCKER_HUB}. The first
 * component of a name is a registry when it contains '.' or ':' or is {@code localhost}; otherwise it is part of the
 * repository ({@code bitnami/postgresql}). {@link #toString()} gives the familiar form people write,
 * {@link #canonical()} the fully qualified one.
 *
 * <pre>{@code
 * ImageReference nginx = ImageReference.parse("nginx");
 * nginx.registry();    // "docker.io"
 * nginx.repository();  // "library/nginx"
 * nginx.tag();         // Optional.empty()
 * nginx.isPinned();    // false
 * nginx.canonical();   // "docker.io/library/nginx"
 *
 * ImageReference ksm = ImageReference.parse("registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.0");
 * ksm.name();          // "kube-state-metrics"
 * ksm.tag();           // Optional[v2.10.0]
 * }</pre>
 *
 * <p>Tag and digest are {@link Optional} components so that "absent" is never {@code null} and never an empty string.
 *
 * @param registry the registry host, with its port when one is written, such as {@code docker.io} or
 *     {@code localhost:5000}
 * @param repository the path inside the registry, such as {@code library/nginx} or {@code bitnami/postgresql}
 * @param tag the tag, such as {@code 16.2.0-debian-12-r5}
 * @param digest the content digest, such as {@code sha256:} followed by 64 hex digits
 */
public record ImageReference(String registry, String repository, Optional<String> tag, Optional<String> digest) {

    /** The registry of a name that writes none: Docker Hub. */
    public static final String DOCKER_HUB = "docker.io";

    /** The tag a runtime pulls when none is written, and which pins nothing. */
    public static final String LATEST = "latest";

    private static final String LEGACY_DOCKER_HUB = "index.docker.io";
    private static final String OFFICIAL_IMAGES = "library/";

    /**
     * Checks every part against the grammar.
     *
     * @param registry the registry host, with its port when one is written
     * @param repository the path inside the registry
     * @param tag the tag, if any
     * @param digest the content digest, if any
     * @throws IllegalArgumentException naming the part that is wrong and why
     */
    public ImageReference {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(digest, "digest");
        String problem = firstProblem(registry, repository, tag, digest);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * Parses a reference as written in a pod spec.
     *
     * <pre>{@code
     * ImageReference.parse("bitnami/postgresql:16.2.0-debian-12-r5");
     * ImageReference.parse("localhost:5000/foo/bar:1");
     * ImageReference.parse("gcr.io/x/y@sha256:" + "a".repeat(64));
     * ImageReference.parse("Nginx"); // IllegalArgumentException: image reference "Nginx" is invalid: ...lowercase
     * }</pre>
     *
     * @param reference the reference, such as {@code nginx:1.25} or {@code registry.example.com:5000/team/app@sha256:...}
     * @return the parsed reference, normalised
     * @throws IllegalArgumentException naming the reference and what is wrong with it
     */
    public static ImageReference parse(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (reference.isEmpty()) {
            throw invalid(reference, "it is empty");
        }
        if (reference.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(reference, "it contains whitespace");
        }
        String rest = reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        String repository = rest;
        int slash = rest.indexOf('/');
        if (slash >= 0 && ImageGrammar.looksLikeRegistry(rest.substring(0, slash))) {
            registry = rest.substring(0, slash);
            repository = rest.substring(slash + 1);
        }
        if (registry.equals(LEGACY_DOCKER_HUB)) {
            registry = DOCKER_HUB;
        }
        if (registry.equals(DOCKER_HUB) && !repository.isEmpty() && !repository.contains("/")) {
            repository = OFFICIAL_IMAGES + repository;
        }
        try {
            // The canonical constructor checks the parts: checking them here as well ran every pattern twice.
            return new ImageReference(registry, repository, tag, digest);
        } catch (IllegalArgumentException problem) {
            throw invalid(reference, problem.getMessage());
        }
    }

    /**
     * The last component of the repository: what the image is usually called.
     *
     * <pre>{@code
     * ImageReference.parse("bitnami/postgresql:16").name(); // "postgresql"
     * }</pre>
     *
     * @return the last path component
     */
    public String name() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    /**
     * @return true when a tag is written, {@code latest} included
     */
    public boolean hasTag() {
        return tag.isPresent();
    }

    /**
     * @return true when a digest is written
     */
    public boolean hasDigest() {
        return digest.isPresent();
    }

    /**
     * Whether the reference names one image rather than whatever is current: it has a digest, or a tag other than
     * {@value #LATEST}. A tag can still be moved by its publisher; only a digest is immutable.
     *
     * <pre>{@code
     * ImageReference.parse("nginx:1.25").isPinned();   // true
     * ImageReference.parse("nginx:latest").isPinned(); // false
     * ImageReference.parse("nginx").isPinned();        // false
     * }</pre>
     *
     * @return true for a digest or a tag other than {@value #LATEST}
     */
    public boolean isPinned() {
        return digest.isPresent() || tag.filter(t -> !t.equals(LATEST)).isPresent();
    }

    /**
     * The fully qualified form, with registry and {@code library/} written out.
     *
     * <pre>{@code
     * ImageReference.parse("nginx:1.25").canonical(); // "docker.io/library/nginx:1.25"
     * }</pre>
     *
     * @return registry, repository, then tag and digest when present
     */
    public String canonical() {
        return withSuffixes(registry + "/" + repository);
    }

    /**
     * The familiar form, as people write it: without {@value #DOCKER_HUB} and without {@code library/} for official
     * images, so that parsing a usual reference gives it back unchanged.
     *
     * <pre>{@code
     * ImageReference.parse("docker.io/library/nginx:1.25").toString(); // "nginx:1.25"
     * ImageReference.parse("quay.io/minio/minio").toString();          // "quay.io/minio/minio"
     * }</pre>
     *
     * @return the reference in its familiar form
     */
    @Override
    public String toString() {
        if (!registry.equals(DOCKER_HUB)) {
            return canonical();
        }
        String path = repository;
        if (path.startsWith(OFFICIAL_IMAGES) && path.indexOf('/', OFFICIAL_IMAGES.length()) < 0) {
            path = path.substring(OFFICIAL_IMAGES.length());
        }
        int slash = path.indexOf('/');
        if (slash >= 0 && ImageGrammar.looksLikeRegistry(path.substring(0, slash))) {
            // Written without docker.io, this path would read as a registry.
            path = DOCKER_HUB + "/" + path;
        }
        return withSuffixes(path);
    }

    private String withSuffixes(String name) {
        return name + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }

    private static String firstProblem(String registry, String repository, Optional<String> tag,
            Optional<String> digest) {
        // Length first: the grammar's repeated groups recurse once per component, so a name of many thousands of
        // characters would overflow the stack before any other check could refuse it.
        if (registry.length() + 1 + repository.length() > ImageGrammar.MAX_NAME_LENGTH) {
            return "name is longer than " + ImageGrammar.MAX_NAME_LENGTH + " characters";
        }
        String problem = ImageGrammar.registryProblem(registry);
        if (problem == null) {
            problem = ImageGrammar.repositoryProblem(repository);
        }
        if (problem == null && tag.isPresent()) {
            problem = ImageGrammar.tagProblem(tag.get());
        }
        if (problem == null && digest.isPresent()) {
            problem = ImageGrammar.digestProblem(digest.get());
        }
        return problem;
    }

    private static IllegalArgumentException invalid(String reference, String problem) {
        String shown = reference.length() <= 80 ? reference
                : reference.substring(0, 60) + "... (" + reference.length() + " characters)";
        return new IllegalArgumentException("image reference \"" + shown + "\" is invalid: " + problem);
    }
}
