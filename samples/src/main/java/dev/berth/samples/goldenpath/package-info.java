/**
 * A company's golden path over Berth's DSL, as a platform team would publish it: {@link
 * dev.berth.samples.goldenpath.AcmePlatform} starts every application with the company's aspect (the {@code team}
 * and {@code cost-center} labels on every object and pod, and a default-deny ingress NetworkPolicy), and {@link
 * dev.berth.samples.goldenpath.Database} is the company's database, a component wrapping Berth's
 * {@code StatefulService} that keeps its pod DNS names and backup wiring. The company's assertions, {@code AcmeAssert},
 * and one application team's test live beside it in the samples' tests.
 */
package dev.berth.samples.goldenpath;
