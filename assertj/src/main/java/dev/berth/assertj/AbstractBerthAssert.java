package dev.berth.assertj;

import dev.berth.core.Manifest;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * What every Berth assertion shares: the manifest its object belongs to, and the soft-assertion collector when it was
 * reached through {@link BerthSoftAssertions}, so that navigation ({@code statefulSet("db").container("db")}) stays
 * soft all the way down.
 *
 * <p>Extend it to write your own assertions in Berth's style, as AssertJ documents for custom assertions: pass your
 * class as {@code SELF}, call the protected constructor, fail with {@code failWithMessage(...)} and return
 * {@code myself}; give the class a public constructor (for soft-assertion proxies) and a static {@code assertThat}
 * entry point. The navigation helpers of Berth's own assertions stay package-private.
 *
 * <pre>{@code
 * public class AcmeAssert extends AbstractBerthAssert<AcmeAssert, Manifest> {
 *     public AcmeAssert(Manifest actual) {
 *         super(actual, AcmeAssert.class);
 *     }
 *
 *     public static AcmeAssert assertThat(Manifest manifest) {
 *         return new AcmeAssert(manifest);
 *     }
 *
 *     public AcmeAssert isOwnedBy(String team) {
 *         isNotNull();
 *         for (HasMetadata object : actual) {
 *             if (!team.equals(object.getMetadata().getLabels().get("acme.example/team"))) {
 *                 failWithMessage("Expecting %s to be owned by team %s", ObjectRef.of(object), team);
 *             }
 *         }
 *         return myself;
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the assertion's own type, for chaining
 * @param <ACTUAL> the object under test
 */
public abstract class AbstractBerthAssert<SELF extends AbstractBerthAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** The manifest the object under test belongs to. */
    Manifest manifest;
    /** The collector of a soft-assertion run, or null for assertions that throw at once. */
    SoftAssertionsProvider soft;

    /**
     * For subclasses, Berth's own and users' alike.
     *
     * @param actual the object under test
     * @param selfType the assertion's own class
     */
    protected AbstractBerthAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Fails with a message built by one of the message factories, keeping any {@code as(...)} description. */
    final void failWith(String message) {
        failWithMessage("%s", message);
    }

    /**
     * @return true when a soft navigation already reported that this object is missing: the assertion then checks
     *         nothing more, rather than piling up one failure per chained call
     */
    final boolean skipped() {
        return actual == null;
    }

    /** Creates the assertion on a navigated-to object: a soft proxy when this assertion is soft. */
    final <A extends AbstractBerthAssert<A, T>, T> A child(Class<A> type, Class<T> actualType, T value,
            Function<T, A> direct) {
        A child = soft == null ? direct.apply(value) : soft.proxy(type, actualType, value);
        child.manifest = manifest;
        child.soft = soft;
        return child;
    }

    /**
     * A navigation that found nothing: throws at once, or, when soft, records the failure and returns an assertion
     * that checks nothing.
     */
    final <A extends AbstractBerthAssert<A, T>, T> A missing(String message, Class<A> type, Class<T> actualType,
            Function<T, A> direct) {
        if (soft == null) {
            failWith(message);
        }
        String description = info.descriptionText();
        soft.collectAssertionError(new AssertionError(
                description == null || description.isEmpty() ? message : "[" + description + "] " + message));
        return child(type, actualType, null, direct);
    }
}
