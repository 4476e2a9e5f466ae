package dev.berth.validation.report;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;

/** Reports the renderer tests share: one finding read from a file, one suppressed, one built in code. */
final class ReportSamples {

    static final String YAML = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: mysql
              namespace: shop
            spec:
              selector: {matchLabels: {app: mysql}}
              template:
                metadata: {labels: {app: mysql}}
                spec:
                  containers:
                  - name: mysql
                    image: mysql:8.0
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: cache
              namespace: shop
              annotations:
                ignore.berth.dev/database-not-statefulset: "a scratch copy, refilled on start"
            spec:
              selector: {matchLabels: {app: cache}}
              template:
                metadata: {labels: {app: cache}}
                spec:
                  containers:
                  - name: mongo
                    image: mongo:7.0
            """;

    private ReportSamples() {
    }

    /** @return a report of database-not-statefulset over {@link #YAML}, read from {@code deploy/shop.yaml} */
    static Report shop() {
        Manifest manifest = new ManifestReader().readString(YAML, "deploy/shop.yaml");
        return Validator.of(rules()).evaluate(manifest);
    }

    static RuleSet rules() {
        return RuleSet.of("custom", List.of(RuleSets.all().rule("database-not-statefulset").orElseThrow(),
                RuleSets.all().rule("suppression-without-reason").orElseThrow()));
    }
}
