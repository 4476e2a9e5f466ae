package dev.berth.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    private static final String SHA = "sha256:" + "0123456789abcdef".repeat(4);

    @Test
    void a_name_of_hundreds_of_kilobytes_is_refused_for_its_length_without_overflowing_the_stack() {
        // GIVEN a name of 300,000 path components, and a digest of 600,000 characters
        String name = "a/".repeat(300_000) + "a";
        String digest = "nginx@sha256:" + "a.".repeat(300_000) + "a";
        // WHEN they are parsed
        // THEN each is refused in one short line (the grammar's repeated groups would recurse once per component)
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse(name))
                .withMessage("image reference \"" + name.substring(0, 60) + "... (600001 characters)\" is invalid: "
                        + "name is longer than 255 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse(digest))
                .withMessageEndingWith("is invalid: digest is longer than 256 characters (an algorithm, ':' and at "
                        + "most 128 hex digits)");
    }

    @Test
    void an_official_image_without_registry_is_on_docker_hub_in_library() {
        // GIVEN the shortest reference
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("nginx");
        // THEN Docker's normalisation applies and nothing is pinned
        assertThat(ref.registry()).isEqualTo("docker.io");
        assertThat(ref.repository()).isEqualTo("library/nginx");
        assertThat(ref.tag()).isEmpty();
        assertThat(ref.digest()).isEmpty();
        assertThat(ref.name()).isEqualTo("nginx");
        assertThat(ref.hasTag()).isFalse();
        assertThat(ref.isPinned()).isFalse();
        assertThat(ref.canonical()).isEqualTo("docker.io/library/nginx");
        assertThat(ref).hasToString("nginx");
    }

    @Test
    void a_vendor_image_keeps_its_vendor_as_the_first_path_component() {
        // GIVEN a Bitnami image with a long tag
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("bitnami/postgresql:16.2.0-debian-12-r5");
        // THEN the vendor is not mistaken for a registry
        assertThat(ref).isEqualTo(new ImageReference(
                "docker.io", "bitnami/postgresql", Optional.of("16.2.0-debian-12-r5"), Optional.empty()));
        assertThat(ref.name()).isEqualTo("postgresql");
        assertThat(ref.isPinned()).isTrue();
        assertThat(ref).hasToString("bitnami/postgresql:16.2.0-debian-12-r5");
    }

    @Test
    void a_registry_with_a_dot_is_split_from_a_nested_repository() {
        // GIVEN an image on registry.k8s.io two levels deep
        // WHEN it is parsed
        ImageReference ref =
                ImageReference.parse("registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.0");
        // THEN the registry, the nested repository and the tag are separated
        assertThat(ref.registry()).isEqualTo("registry.k8s.io");
        assertThat(ref.repository()).isEqualTo("kube-state-metrics/kube-state-metrics");
        assertThat(ref.tag()).contains("v2.10.0");
        assertThat(ref.name()).isEqualTo("kube-state-metrics");
        assertThat(ref).hasToString("registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.0");
    }

    @Test
    void localhost_with_a_port_is_a_registry_and_the_tag_follows_the_last_colon() {
        // GIVEN a local registry with a port, whose colon is not a tag separator
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("localhost:5000/foo/bar:1");
        // THEN the port stays with the registry
        assertThat(ref.registry()).isEqualTo("localhost:5000");
        assertThat(ref.repository()).isEqualTo("foo/bar");
        assertThat(ref.tag()).contains("1");
        assertThat(ref).hasToString("localhost:5000/foo/bar:1");
    }

    @Test
    void plain_localhost_is_a_registry_too() {
        // GIVEN localhost without a dot or port
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("localhost/app");
        // THEN it is still a registry
        assertThat(ref.registry()).isEqualTo("localhost");
        assertThat(ref.repository()).isEqualTo("app");
    }

    @Test
    void a_digest_without_tag_pins_the_image() {
        // GIVEN an image referenced by digest only
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("gcr.io/x/y@" + SHA);
        // THEN the digest is kept and pins it
        assertThat(ref.registry()).isEqualTo("gcr.io");
        assertThat(ref.repository()).isEqualTo("x/y");
        assertThat(ref.tag()).isEmpty();
        assertThat(ref.digest()).contains(SHA);
        assertThat(ref.hasDigest()).isTrue();
        assertThat(ref.isPinned()).isTrue();
        assertThat(ref).hasToString("gcr.io/x/y@" + SHA);
    }

    @Test
    void a_tag_and_a_digest_are_both_kept() {
        // GIVEN a reference with tag and digest
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("postgres:16@" + SHA);
        // THEN both are there, in the written order
        assertThat(ref.tag()).contains("16");
        assertThat(ref.digest()).contains(SHA);
        assertThat(ref).hasToString("postgres:16@" + SHA);
        assertThat(ref.canonical()).isEqualTo("docker.io/library/postgres:16@" + SHA);
    }

    @Test
    void latest_is_a_tag_that_pins_nothing() {
        // GIVEN the latest tag
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse("nginx:latest");
        // THEN it has a tag but is not pinned
        assertThat(ref.hasTag()).isTrue();
        assertThat(ref.isPinned()).isFalse();
    }

    @Test
    void docker_hub_written_out_is_given_back_in_its_familiar_form() {
        // GIVEN fully qualified Docker Hub references, including the legacy index host
        // WHEN they are parsed
        // THEN they normalise to the same reference and print familiarly
        ImageReference written = ImageReference.parse("docker.io/library/nginx:1.25");
        assertThat(ImageReference.parse("index.docker.io/library/nginx:1.25")).isEqualTo(written);
        assertThat(ImageReference.parse("docker.io/nginx:1.25")).isEqualTo(written);
        assertThat(written).hasToString("nginx:1.25");
        assertThat(ImageReference.parse("docker.io/bitnami/redis")).hasToString("bitnami/redis");
    }

    @Test
    void a_docker_hub_path_that_reads_as_a_registry_keeps_docker_io_in_its_familiar_form() {
        // GIVEN a Docker Hub repository whose first component contains a dot
        ImageReference ref = new ImageReference("docker.io", "my.org/app", Optional.empty(), Optional.empty());
        // WHEN it is printed
        // THEN it parses back to itself
        assertThat(ref).hasToString("docker.io/my.org/app");
        assertThat(ImageReference.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void a_private_registry_mirror_is_kept_as_written() {
        // GIVEN a mirror with a port and a nested path
        String written = "registry.example.com:5000/mirror/postgres:16-alpine";
        // WHEN it is parsed
        ImageReference ref = ImageReference.parse(written);
        // THEN it prints as written
        assertThat(ref.registry()).isEqualTo("registry.example.com:5000");
        assertThat(ref.repository()).isEqualTo("mirror/postgres");
        assertThat(ref).hasToString(written);
        assertThat(ref.canonical()).isEqualTo(written);
    }

    @Test
    void an_empty_reference_is_invalid() {
        // GIVEN nothing
        // WHEN it is parsed
        // THEN the message says so
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse(""))
                .withMessage("image reference \"\" is invalid: it is empty");
    }

    @ParameterizedTest(name = "\"{0}\" is rejected for whitespace")
    @ValueSource(strings = {"nginx latest", " nginx", "nginx:1.25\n"})
    void a_reference_with_whitespace_is_invalid(String reference) {
        // GIVEN a reference with whitespace
        // WHEN it is parsed
        // THEN the message names it and the whitespace
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse(reference))
                .withMessage("image reference \"" + reference + "\" is invalid: it contains whitespace");
    }

    @Test
    void an_uppercase_repository_is_invalid() {
        // GIVEN an uppercase name
        // WHEN it is parsed
        // THEN the message names the reference and the rule
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse("Nginx:1.25"))
                .withMessage("image reference \"Nginx:1.25\" is invalid: repository \"library/Nginx\" must be lowercase");
    }

    @Test
    void an_uppercase_first_component_is_an_uppercase_repository_not_a_registry() {
        // GIVEN a first component without '.', ':' or localhost
        // WHEN it is parsed
        // THEN it is read as part of the repository, and rejected as uppercase
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse("Bitnami/redis"))
                .withMessageContaining("repository \"Bitnami/redis\" must be lowercase");
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"foo//bar", "foo/", "-foo", "foo-/bar", "gcr.io/", ":1.0", "foo:bar:baz"})
    void a_malformed_repository_is_invalid(String reference) {
        // GIVEN a repository that breaks the path grammar
        // WHEN it is parsed
        // THEN it is rejected, naming the reference
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse(reference))
                .withMessageStartingWith("image reference \"" + reference + "\" is invalid: repository");
    }

    @Test
    void a_tag_starting_with_a_dot_is_invalid() {
        // GIVEN a tag that breaks the tag grammar
        // WHEN it is parsed
        // THEN the tag is named
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse("nginx:.1"))
                .withMessageContaining("tag \".1\" must be 1 to 128");
    }

    @Test
    void a_tag_longer_than_128_characters_is_invalid() {
        // GIVEN a 129-character tag
        String tag = "a".repeat(129);
        // WHEN it is parsed
        // THEN the tag is rejected
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse("nginx:" + tag))
                .withMessageContaining("tag \"" + tag + "\"");
    }

    @Test
    void a_sha256_digest_of_the_wrong_length_is_invalid() {
        // GIVEN a truncated digest
        // WHEN it is parsed
        // THEN the message says how many digits were expected and found
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse("nginx@sha256:abc123"))
                .withMessage("image reference \"nginx@sha256:abc123\" is invalid: digest \"sha256:abc123\" must have"
                        + " 64 hex digits after sha256, had 6");
    }

    @Test
    void a_digest_with_uppercase_or_non_hex_digits_is_invalid() {
        // GIVEN digests with uppercase hex and with a non-hex letter
        // WHEN they are parsed
        // THEN both are rejected as malformed
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageReference.parse("nginx@sha256:" + "A".repeat(64)))
                .withMessageContaining("must be an algorithm, ':' and lowercase hex digits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageReference.parse("nginx@sha256:" + "g".repeat(64)))
                .withMessageContaining("must be an algorithm, ':' and lowercase hex digits");
    }

    @Test
    void an_unsupported_digest_algorithm_is_invalid() {
        // GIVEN an md5 digest
        // WHEN it is parsed
        // THEN the algorithm is named
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ImageReference.parse("nginx@md5:" + "a".repeat(32)))
                .withMessageContaining("digest algorithm \"md5\" is not supported (sha256, sha384 or sha512)");
    }

    @Test
    void sha512_digests_are_supported() {
        // GIVEN a sha512 digest
        String digest = "sha512:" + "ab".repeat(64);
        // WHEN it is parsed
        // THEN it is kept
        assertThat(ImageReference.parse("nginx@" + digest).digest()).contains(digest);
    }

    @Test
    void a_name_longer_than_255_characters_is_invalid() {
        // GIVEN a repository that makes the name 256 characters long
        String repository = "a".repeat(256 - "docker.io/".length());
        // WHEN it is parsed
        // THEN its length is named
        assertThatIllegalArgumentException().isThrownBy(() -> ImageReference.parse("docker.io/" + repository))
                .withMessageEndingWith("name is longer than 255 characters");
    }

    @Test
    void a_malformed_registry_is_rejected_by_the_constructor() {
        // GIVEN a registry that is not a host name
        // WHEN a reference is constructed with it
        // THEN the registry is named
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ImageReference("bad_host.io", "app", Optional.empty(), Optional.empty()))
                .withMessage("registry \"bad_host.io\" is not a host name or address with an optional port");
    }

    @Test
    void path_separators_allowed_by_the_grammar_are_accepted() {
        // GIVEN components joined by '.', '_', '__' and repeated '-'
        // WHEN they are parsed
        ImageReference ref = ImageReference.parse("quay.io/a.b/c_d/e__f/g--h:1");
        // THEN the repository is kept whole
        assertThat(ref.repository()).isEqualTo("a.b/c_d/e__f/g--h");
        assertThat(ref.name()).isEqualTo("g--h");
    }
}
