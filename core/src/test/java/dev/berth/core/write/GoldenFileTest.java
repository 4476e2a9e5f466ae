package dev.berth.core.write;

import static dev.berth.core.write.GoldenFiles.assertMatches;

import dev.berth.core.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Pins the writer's output for representative objects with golden files under
 * {@code core/src/test/resources/write/}.
 *
 * <p>To regenerate them after a deliberate change of the output, run the tests with the system property
 * {@code berth.updateGolden=true}, then review the diff:
 *
 * <pre>
 * mvn -pl core test -Dtest='dev.berth.core.write.**' -Dberth.updateGolden=true
 * </pre>
 */
class GoldenFileTest {

    @Test
    void a_statefulset_with_claim_templates_prints_as_its_golden_file() {
        // GIVEN a database StatefulSet with a claim template, probes and an emptyDir
        // WHEN it is written as YAML
        String yaml = ManifestWriter.yaml().write(Fixtures.statefulSet());
        // THEN the text is the pinned one
        assertMatches("statefulset-db.yaml", yaml);
    }

    @Test
    void a_headless_service_prints_as_its_golden_file() {
        // GIVEN a headless Service with a named and a numeric-looking string target port
        // WHEN it is written as YAML
        String yaml = ManifestWriter.yaml().write(Fixtures.headlessService());
        // THEN the text is the pinned one, "9187" still quoted
        assertMatches("service-db-headless.yaml", yaml);
    }

    @Test
    void a_configmap_with_tricky_keys_values_and_a_script_prints_as_its_golden_file() {
        // GIVEN a ConfigMap full of strings YAML 1.1 would misread, and multi-line text
        // WHEN it is written as YAML
        String yaml = ManifestWriter.yaml().write(Fixtures.trickyConfigMap());
        // THEN the text is the pinned one
        assertMatches("configmap-tricky.yaml", yaml);
    }

    @Test
    void a_secret_prints_as_its_golden_file() {
        // GIVEN an Opaque Secret with data and stringData
        // WHEN it is written as YAML
        String yaml = ManifestWriter.yaml().write(Fixtures.secret());
        // THEN the text is the pinned one
        assertMatches("secret-db.yaml", yaml);
    }

    @Test
    void an_allow_all_network_policy_prints_as_its_golden_file() {
        // GIVEN a NetworkPolicy with podSelector: {} and ingress: [{}]
        // WHEN it is written as YAML
        String yaml = ManifestWriter.yaml().write(Fixtures.allowAllIngress());
        // THEN the text is the pinned one
        assertMatches("networkpolicy-allow-all-ingress.yaml", yaml);
    }

    @Test
    void a_custom_resource_prints_as_its_golden_file() {
        // GIVEN a cert-manager Certificate held as a GenericKubernetesResource
        // WHEN it is written as YAML
        String yaml = ManifestWriter.yaml().write(Fixtures.certificate());
        // THEN the text is the pinned one
        assertMatches("certificate-shop.yaml", yaml);
    }

    @Test
    void a_whole_manifest_prints_as_its_golden_file_in_yaml_and_in_json() {
        // GIVEN every representative object, in no particular order
        Manifest manifest = Manifest.of(Fixtures.allowAllIngress(), Fixtures.statefulSet(), Fixtures.certificate(),
                Fixtures.headlessService(), Fixtures.secret(), Fixtures.namespace("shop"));
        // WHEN it is written as multi-document YAML and as a JSON List
        String yaml = ManifestWriter.yaml().write(manifest);
        String json = ManifestWriter.json().withJsonStyle(JsonStyle.LIST).write(manifest);
        // THEN both texts are the pinned ones
        assertMatches("manifest-shop.yaml", yaml);
        assertMatches("manifest-shop.json", json);
    }
}
