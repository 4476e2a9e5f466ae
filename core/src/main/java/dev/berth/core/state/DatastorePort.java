package dev.berth.core.state;

import dev.berth.core.text.Patterns;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A port a datastore listens on by default, with the name a container port or Service port should carry.
 *
 * <p>The name is a Kubernetes port name (IANA service name): at most 15 lowercase letters, digits and '-', with at
 * least one letter, not starting or ending with '-' and without "--".
 *
 * <pre>{@code
 * DatastorePort pg = DatastorePort.of("postgresql", 5432);
 * pg.toString(); // "postgresql/5432"
 * }</pre>
 *
 * @param name the port name, such as {@code postgresql}
 * @param number the port number, 1 to 65535
 */
public record DatastorePort(String name, int number) {

    private static final Pattern PORT_NAME = Patterns.whole("(?=[0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_NAME_LENGTH = 15;

    /**
     * Checks the name is a port name and the number a port.
     *
     * @param name the port name
     * @param number the port number
     * @throws IllegalArgumentException naming the value that is wrong
     */
    public DatastorePort {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_NAME_LENGTH || !PORT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("port name must be at most 15 lowercase letters, digits and '-', "
                    + "with a letter, was \"" + name + "\"");
        }
        if (number < 1 || number > 65_535) {
            throw new IllegalArgumentException("port number must be 1 to 65535, was " + number);
        }
    }

    /**
     * <pre>{@code
     * DatastorePort.of("http", 9200);
     * }</pre>
     *
     * @param name the port name
     * @param number the port number
     * @return the port
     */
    public static DatastorePort of(String name, int number) {
        return new DatastorePort(name, number);
    }

    /** @return {@code name/number}, such as {@code postgresql/5432} */
    @Override
    public String toString() {
        return name + "/" + number;
    }
}
