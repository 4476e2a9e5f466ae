package dev.berth.samples;

import dev.berth.samples.datastores.CassandraRing;
import dev.berth.samples.datastores.ExternalDatabase;
import dev.berth.samples.datastores.PostgresqlReadReplicas;
import dev.berth.samples.datastores.WordpressMysql;
import dev.berth.samples.mistakes.MysqlInDeployment;
import dev.berth.samples.mistakes.StatefulSetServiceNotHeadless;
import dev.berth.samples.quadrants.BasketInMemory;
import dev.berth.samples.quadrants.BasketPersistent;
import dev.berth.samples.quadrants.GeoConverter;
import dev.berth.samples.quadrants.PaymentsOverRdbms;
import dev.berth.samples.quadrants.UploadSharedVolume;
import dev.berth.samples.site.StaticSite;
import dev.berth.samples.site.StaticSiteFromObjectStorage;
import dev.berth.samples.ssr.SsrWithUserData;
import java.util.List;
import java.util.Optional;

/**
 * Every sample application, in the order they are rendered: stateless sites, server-side rendering with user data,
 * the four state/storage quadrants, datastore patterns, then the two counter-examples.
 *
 * <pre>{@code
 * for (Sample sample : Samples.all()) { ... }
 * Sample ssr = Samples.named("ssr-user-data");
 * }</pre>
 */
public final class Samples {

    private static final List<Sample> ALL = List.of(
            new StaticSite(),
            new StaticSiteFromObjectStorage(),
            new SsrWithUserData(),
            new PaymentsOverRdbms(),
            new UploadSharedVolume(),
            new GeoConverter(),
            new BasketInMemory(),
            new BasketPersistent(),
            new WordpressMysql(),
            new PostgresqlReadReplicas(),
            new CassandraRing(),
            new ExternalDatabase(),
            new MysqlInDeployment(),
            new StatefulSetServiceNotHeadless());

    private Samples() {
    }

    /** @return every sample, in render order */
    public static List<Sample> all() {
        return ALL;
    }

    /**
     * @param name a sample's name
     * @return the sample, if there is one of that name
     */
    public static Optional<Sample> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * @param name a sample's name
     * @return the sample
     * @throws IllegalArgumentException naming the known samples when there is none of that name
     */
    public static Sample named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no sample is named \"" + name
                + "\"; the samples are: " + String.join(", ", ALL.stream().map(Sample::name).toList())));
    }
}
