package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.routing;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 13: "Typed assertions for what a user had to fetch with fabric8 getters: ... env values, ...". */
class EnvValuesAssertTest {

    @Test
    void literal_configmap_and_secret_values_pass_when_they_match() {
        assertThat(routing()).deployment("geo").container("geo")
                .hasEnv("TILE_URL", "https://tiles.example.com")
                .hasEnvFromConfigMap("REGION", "geo-settings", "region")
                .hasEnvFromSecret("API_TOKEN", "geo-credentials", "token");
    }

    @Test
    void a_different_literal_value_is_reported_by_length_never_shown() {
        // GIVEN TILE_URL is https://tiles.example.com (25 characters) WHEN another URL is expected
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").container("geo")
                .hasEnv("TILE_URL", "https://maps.example.com"))
                // THEN neither value appears: an environment variable may hold a secret
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.containers[0].env[0] to set TILE_URL "
                        + "to a text of 24 characters (not shown), but found a different text of 25 characters")
                .message().doesNotContain("example");
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").container("db")
                .hasEnv("POSTGRES_PASSWORD", "letmein"))
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.containers[0].env[0] to set "
                        + "POSTGRES_PASSWORD to a text of 7 characters (not shown), but found a different text of 7 "
                        + "characters")
                .message().doesNotContain("hunter2").doesNotContain("letmein");
    }

    @Test
    void a_literal_expected_where_a_reference_is_found_names_the_reference() {
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").container("geo")
                .hasEnv("REGION", "eu-west-1"))
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.containers[0].env[1] to set REGION to "
                        + "a text of 9 characters (not shown), but found key \"region\" of ConfigMap \"geo-settings\"");
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").container("geo").hasEnv("ZOOM", "12"))
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.containers[0].env to set ZOOM to a "
                        + "text of 2 characters (not shown), but found no variable ZOOM");
    }

    @Test
    void a_configmap_key_names_what_the_variable_takes_instead() {
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").container("geo")
                .hasEnvFromConfigMap("REGION", "geo-settings", "zone"))
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.containers[0].env[1] to take REGION "
                        + "from key \"zone\" of ConfigMap \"geo-settings\", but found key \"region\" of ConfigMap "
                        + "\"geo-settings\"");
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").container("geo")
                .hasEnvFromConfigMap("API_TOKEN", "geo-settings", "token"))
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.containers[0].env[2] to take "
                        + "API_TOKEN from key \"token\" of ConfigMap \"geo-settings\", but found key \"token\" of "
                        + "Secret \"geo-credentials\"");
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").container("geo")
                .hasEnvFromConfigMap("TILE_URL", "geo-settings", "tiles"))
                .hasMessage("Expecting Deployment geo/geo at spec.template.spec.containers[0].env[0] to take "
                        + "TILE_URL from key \"tiles\" of ConfigMap \"geo-settings\", but found a literal value");
    }
}
