package dev.berth.samples;

import dev.berth.core.Manifest;

/**
 * One sample application: a name (the folder it is rendered to), a sentence saying what it shows, and its objects.
 *
 * <p>A good sample is what Berth recommends: the {@linkplain dev.berth.validation.RuleSets#recommended() recommended}
 * rules find nothing above {@code INFO} in it. A {@linkplain #counterExample() counter-example} is built the way
 * people get it wrong, with raw fabric8 builders, to show what the rules catch.
 *
 * <pre>{@code
 * for (Sample sample : Samples.all()) {
 *     ManifestWriter.yaml().writeFile(sample.manifest(), Path.of("out", sample.name() + ".yaml"));
 * }
 * }</pre>
 */
public interface Sample {

    /** @return the sample's name, a DNS-1123 label such as {@code ssr-user-data}; also its output folder's name */
    String name();

    /** @return what the sample shows, one sentence without a trailing period */
    String description();

    /**
     * Builds the sample's objects; every call builds them afresh, and equal calls give equal objects.
     *
     * @return the objects
     */
    Manifest manifest();

    /** @return true for a sample that shows a mistake, which the validator must report. Default: false */
    default boolean counterExample() {
        return false;
    }
}
