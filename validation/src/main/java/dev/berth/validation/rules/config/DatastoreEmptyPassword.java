package dev.berth.validation.rules.config;

import dev.berth.core.state.Datastore;
import dev.berth.core.state.Datastores;
import dev.berth.core.text.Patterns;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A datastore (recognised from its image by core's datastore catalogue) is started so that clients log in without a
 * password:
 * <ul>
 *   <li>MySQL or MariaDB with {@code MYSQL_ALLOW_EMPTY_PASSWORD} or {@code MARIADB_ALLOW_EMPTY_ROOT_PASSWORD} set to any
 *       non-empty value (the official entrypoints test only that it is set, so {@code "no"} counts too) and no root
 *       password ({@code *_ROOT_PASSWORD}, {@code *_ROOT_PASSWORD_FILE}, {@code MARIADB_ROOT_PASSWORD_HASH},
 *       {@code *_RANDOM_ROOT_PASSWORD});</li>
 *   <li>PostgreSQL's official image with {@code POSTGRES_HOST_AUTH_METHOD=trust};</li>
 *   <li>any Bitnami image with {@code ALLOW_EMPTY_PASSWORD} set to {@code yes}, {@code true} or {@code 1} and no
 *       variable whose name ends in {@code PASSWORD} or {@code PASSWORD_FILE} set;</li>
 *   <li>Redis or Valkey (not Bitnami) whose command, arguments and environment name no {@code requirepass}, no
 *       {@code aclfile} and no configuration file ({@code .conf}), in a main container that is not a Sentinel;</li>
 *   <li>MongoDB (not Bitnami) without {@code MONGO_INITDB_ROOT_PASSWORD} or its {@code _FILE}, and without
 *       {@code --auth}, {@code --keyFile} or a configuration file.</li>
 * </ul>
 * A value read from a Secret or ConfigMap ({@code valueFrom}) counts as set, and a container that takes its whole
 * environment from one ({@code envFrom}) is judged only on the switches it sets itself. Init containers and Jobs run
 * datastore images as clients and are not judged. No value is ever quoted in a message but the switches' own.
 */
public final class DatastoreEmptyPassword extends Rule {

    private static final Set<String> MYSQL_SWITCHES = Set.of("MYSQL_ALLOW_EMPTY_PASSWORD",
            "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD");
    private static final Set<String> MYSQL_ROOT = Set.of("MYSQL_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE",
            "MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_FILE", "MARIADB_ROOT_PASSWORD_HASH",
            "MYSQL_RANDOM_ROOT_PASSWORD", "MARIADB_RANDOM_ROOT_PASSWORD");
    private static final Set<String> MONGO_ROOT = Set.of("MONGO_INITDB_ROOT_PASSWORD",
            "MONGO_INITDB_ROOT_PASSWORD_FILE");
    private static final Set<String> YES = Set.of("yes", "true", "1");

    /** Creates the rule. */
    public DatastoreEmptyPassword() {
        super(RuleInfo.id("datastore-empty-password")
                .summary("A datastore is started so that clients log in without a password")
                .severity(Severity.HIGH).category(Category.CONFIG)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Pod")
                .podTemplatesByShape()
                .remediation("Remove the empty-password switch and give the datastore a password from a Secret "
                        + "(MYSQL_ROOT_PASSWORD, POSTGRES_PASSWORD, MONGO_INITDB_ROOT_PASSWORD, Redis --requirepass "
                        + "or a mounted redis.conf) through valueFrom.secretKeyRef.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            if (at.init()) {
                continue;
            }
            Datastores.recognise(at.container().getImage()).ifPresent(d -> judge(context, at, d));
        }
    }

    private static void judge(RuleContext context, RuleContext.ContainerAt at, Datastore datastore) {
        Container container = at.container();
        List<EnvVar> env = container.getEnv() == null ? List.of() : container.getEnv();
        String image = container.getImage();
        boolean bitnami = image.toLowerCase(Locale.ROOT).contains("bitnami");
        String who = "container " + at.name() + " runs " + datastore.displayName() + " (image " + image + ")";
        boolean opaque = container.getEnvFrom() != null && !container.getEnvFrom().isEmpty();
        for (int i = 0; i < env.size(); i++) {
            EnvVar var = env.get(i);
            String value = var.getValueFrom() != null || var.getValue() == null ? null : var.getValue().strip();
            String path = at.path() + ".env[" + i + "].value";
            if (value == null) {
                continue;
            }
            if (bitnami && "ALLOW_EMPTY_PASSWORD".equals(var.getName())
                    && YES.contains(value.toLowerCase(Locale.ROOT)) && !opaque && !setsPassword(env)) {
                report(context, at, path, who + " with ALLOW_EMPTY_PASSWORD=" + value + " and no password, so it "
                        + "accepts clients without one");
            } else if (!bitnami && datastore.id().equals("postgresql")
                    && "POSTGRES_HOST_AUTH_METHOD".equals(var.getName()) && value.equals("trust")) {
                report(context, at, path, who + " with POSTGRES_HOST_AUTH_METHOD=trust, so any client that reaches "
                        + "it logs in as any user without a password");
            } else if ((datastore.id().equals("mysql") || datastore.id().equals("mariadb"))
                    && var.getName() != null && MYSQL_SWITCHES.contains(var.getName()) && !value.isEmpty() && !opaque
                    && !sets(env, MYSQL_ROOT)) {
                report(context, at, path, who + " with " + var.getName() + " set and no root password, so root "
                        + "logs in without one");
            }
        }
        if (bitnami || opaque) {
            return;
        }
        List<String> words = words(container);
        if ((datastore.id().equals("redis") || datastore.id().equals("valkey"))
                && words.stream().noneMatch(w -> w.contains("requirepass") || w.contains("aclfile")
                        || w.contains(".conf") || w.contains("sentinel"))) {
            report(context, at, at.path() + ".image", who + " without requirepass, so any client that reaches port "
                    + datastore.primaryPort().number() + " reads and writes every key");
        } else if (datastore.id().equals("mongodb") && !sets(env, MONGO_ROOT)
                && words.stream().noneMatch(w -> w.equals("--auth") || w.startsWith("--keyFile")
                        || w.startsWith("--config") || w.equals("-f") || w.endsWith(".conf"))) {
            report(context, at, at.path() + ".image", who + " without MONGO_INITDB_ROOT_PASSWORD or --auth, so any "
                    + "client that reaches port " + datastore.primaryPort().number() + " reads and writes every "
                    + "database");
        }
    }

    private static void report(RuleContext context, RuleContext.ContainerAt at, String path, String message) {
        context.report(at.workload().owner(), path, message);
    }

    /** @return true when one of the names is set: to a non-empty value, or from a Secret or ConfigMap */
    private static boolean sets(List<EnvVar> env, Set<String> names) {
        return env.stream().anyMatch(v -> v.getName() != null && names.contains(v.getName())
                && (v.getValueFrom() != null || v.getValue() != null && !v.getValue().isBlank()));
    }

    /** @return true when a variable named like a password (not the switch itself) is set */
    private static boolean setsPassword(List<EnvVar> env) {
        return env.stream().anyMatch(v -> v.getName() != null && !v.getName().equals("ALLOW_EMPTY_PASSWORD")
                && (v.getName().endsWith("PASSWORD") || v.getName().endsWith("PASSWORD_FILE"))
                && (v.getValueFrom() != null || v.getValue() != null && !v.getValue().isBlank()));
    }

    /** The words of the command, the arguments and the environment values, where options and files are named. */
    private static List<String> words(Container container) {
        List<String> words = new ArrayList<>();
        List<String> values = container.getEnv() == null ? List.of()
                : container.getEnv().stream().map(EnvVar::getValue).toList();
        for (List<String> part : Arrays.asList(container.getCommand(), container.getArgs(), values)) {
            for (int i = 0; part != null && i < part.size(); i++) {
                if (part.get(i) != null) {
                    words.addAll(List.of(Patterns.WHITESPACE.split(part.get(i).trim())));
                }
            }
        }
        return words;
    }
}
