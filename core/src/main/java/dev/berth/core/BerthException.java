package dev.berth.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The one exception Berth throws for bad input: a manifest it cannot read, an object it cannot write.
 *
 * <p>It carries where the problem is (origin, line, column, field path, when known), what was expected and how to fix
 * it. Its {@link #getMessage() message} is the one line a person reads, for example:
 *
 * <pre>{@code
 * deploy.yaml:7:13: spec.replicas: expected a whole number, found "three". Fix: write a number, e.g. replicas: 3.
 * }</pre>
 *
 * <p>The message never contains a stack trace, and never the value of a Secret: callers that catch it can print it as
 * it is. Programs that need the parts read the accessors.
 */
public final class BerthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the file path or stream name, or null */
    private final String origin;
    /** @serial the 1-based line, 0 when unknown */
    private final int line;
    /** @serial the 1-based column, 0 when unknown */
    private final int column;
    /** @serial the field path, or null */
    private final String fieldPath;
    /** @serial what is wrong */
    private final String problem;
    /** @serial how to fix it, or null */
    private final String fix;

    private BerthException(Builder builder, Throwable cause) {
        super(render(builder), cause, false, true);
        this.origin = builder.origin;
        this.line = builder.line;
        this.column = builder.column;
        this.fieldPath = builder.fieldPath;
        this.problem = builder.problem;
        this.fix = builder.fix;
    }

    /**
     * Starts an exception for a problem, described as what is wrong ("expected a whole number, found \"three\"").
     *
     * @param problem what is wrong, without a trailing period
     * @return a builder to add where and how to fix
     */
    public static Builder problem(String problem) {
        return new Builder(Objects.requireNonNull(problem, "problem"));
    }

    /** @return the file path, or a name such as {@code <stdin>} or {@code <string>}, when known */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or 0 when unknown */
    public int column() {
        return column;
    }

    /** @return the field path inside the object, such as {@code spec.template.spec.containers[0].image}, when known */
    public Optional<String> fieldPath() {
        return Optional.ofNullable(fieldPath);
    }

    /** @return what is wrong, as one phrase */
    public String problem() {
        return problem;
    }

    /** @return how to fix it, as one sentence, when known */
    public Optional<String> fix() {
        return Optional.ofNullable(fix);
    }

    private static String render(Builder b) {
        StringBuilder out = new StringBuilder();
        if (b.origin != null) {
            out.append(b.origin);
            if (b.line > 0) {
                out.append(':').append(b.line);
                if (b.column > 0) {
                    out.append(':').append(b.column);
                }
            }
            out.append(": ");
        }
        if (b.fieldPath != null && !b.fieldPath.isEmpty()) {
            out.append(b.fieldPath).append(": ");
        }
        out.append(b.problem).append('.');
        if (b.fix != null) {
            out.append(" Fix: ").append(b.fix);
        }
        return out.toString();
    }

    /** Collects the parts of a {@link BerthException}. */
    public static final class Builder {
        private final String problem;
        private String origin;
        private int line;
        private int column;
        private String fieldPath;
        private String fix;

        private Builder(String problem) {
            this.problem = problem;
        }

        /**
         * @param origin the file path or stream name
         * @return this builder
         */
        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        /**
         * @param line 1-based line, 0 when unknown
         * @param column 1-based column, 0 when unknown
         * @return this builder
         */
        public Builder at(int line, int column) {
            this.line = line;
            this.column = column;
            return this;
        }

        /**
         * @param fieldPath the path inside the object, e.g. {@code spec.replicas}
         * @return this builder
         */
        public Builder field(String fieldPath) {
            this.fieldPath = fieldPath;
            return this;
        }

        /**
         * @param fix how to fix the problem, as a sentence ending with a period
         * @return this builder
         */
        public Builder fix(String fix) {
            this.fix = fix;
            return this;
        }

        /** @return the exception */
        public BerthException build() {
            return new BerthException(this, null);
        }

        /**
         * @param cause the underlying exception, kept for debugging and never rendered in the message
         * @return the exception
         */
        public BerthException build(Throwable cause) {
            return new BerthException(this, cause);
        }
    }
}
