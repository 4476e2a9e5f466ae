package dev.berth.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names that must and must not look secret. Issue 12: "{@code secret-in-env}: names such as {@code SECRET_BLAH},
 * {@code SECRET_KEY_BASE}, {@code DB_PASSWORD_PROD}, {@code API_TOKEN}, {@code *_CREDENTIALS} with literal values are
 * missed. Match secret-looking words anywhere in the name (segments split on {@code _}), not only as a suffix; keep a
 * test list of names that must and must not match."
 */
class SecretNamesTest {

    /** Names that hold a secret, with what each suggests. */
    static final List<String[]> MUST_MATCH = List.of(
            new String[] {"SECRET_BLAH", "a secret"},
            new String[] {"SECRET_KEY_BASE", "a secret key"},
            new String[] {"DB_PASSWORD_PROD", "a password"},
            new String[] {"API_TOKEN", "a token"},
            new String[] {"GITHUB_CREDENTIALS", "credentials"},
            new String[] {"REGISTRY_CREDENTIAL_JSON", "credentials"},
            new String[] {"MYSQL_ROOT_PASSWORD", "a password"},
            new String[] {"my_password", "a password"},
            new String[] {"password", "a password"},
            new String[] {"apiKey", "an API key"},
            new String[] {"STRIPE_API_KEY_LIVE", "an API key"},
            new String[] {"JWT_SECRET", "a secret"},
            new String[] {"SECRET_TOKEN_V2", "a token"},
            new String[] {"REFRESH_TOKEN", "a token"},
            new String[] {"PASSWORD_HASH", "a password"},
            new String[] {"KEYSTORE_PASSWD", "a password"},
            new String[] {"ldap.bind.passphrase", "a password"},
            new String[] {"AUTH_BEARER", "a bearer token"},
            new String[] {"AWS_SECRET_ACCESS_KEY", "a cloud credential (AWS_SECRET_ACCESS_KEY)"},
            new String[] {"AZURE_BATCH_KEY", "a cloud credential (AZURE_BATCH_KEY)"},
            new String[] {"OCI_CLI_KEY_CONTENT", "a cloud credential (OCI_CLI_KEY_CONTENT)"});

    /** Names about a secret (where it is, what it is called, how long it lives) or about nothing secret. */
    static final List<String> MUST_NOT_MATCH = List.of("SECRET_NAME", "TOKEN_URL", "PASSWORD_FILE",
            "password_min_length", "PASSWORD_MAX_LENGTH", "TOKEN_TTL", "TOKEN_EXPIRY_SECONDS", "SECRET_PATH",
            "SECRETS_DIR", "CREDENTIALS_PATH", "AUTH_TOKEN_HEADER", "TOKEN_ENDPOINT", "SECRET_REF", "API_KEY_ID",
            "AWS_ACCESS_KEY_ID", "PWD", "LOG_LEVEL", "TOKENIZER_MODEL", "KEY", "KEYCLOAK_REALM", "SECRETARY_EMAIL",
            "PASSWORDLESS_LOGIN", "", "_");

    @Test
    void names_with_a_secret_word_anywhere_look_secret() {
        for (String[] entry : MUST_MATCH) {
            // GIVEN a name with a secret word at its start, middle or end
            // WHEN judged, THEN it suggests the secret the word names
            assertThat(SecretNames.suggests(entry[0])).as(entry[0]).contains(entry[1]);
        }
    }

    @Test
    void names_about_a_secret_or_about_nothing_secret_do_not() {
        for (String name : MUST_NOT_MATCH) {
            // GIVEN a name whose secret word is followed by what it says about the secret, or that has none
            // WHEN judged, THEN it suggests nothing
            assertThat(SecretNames.suggests(name)).as(name).isEmpty();
        }
    }

    @Test
    void a_value_under_a_key_that_may_hold_a_secret_is_never_quoted() {
        // GIVEN keys that look secret to a quoting decision, which errs on the safe side, and keys that do not
        List<String> near = List.of("password", "db_password_prod", "SECRET_BLAH", "privateKey", "authHeader",
                "api-key", "signingKey", "token");
        List<String> far = List.of("replicas", "image", "key", "name", "port");
        // WHEN judged THEN only the first may hold a secret
        assertThat(near).allMatch(SecretNames::mayHold);
        assertThat(far).noneMatch(SecretNames::mayHold);
    }
}
