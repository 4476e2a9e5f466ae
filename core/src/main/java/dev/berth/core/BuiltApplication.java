package dev.berth.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An application described in Java, built: its name and its manifest. This is the one contract {@code berth render}
 * and the Maven plugin's {@code render} goal share for the classes they are given.
 *
 * <p>The class has a public constructor without arguments and either a public {@code manifest()} method that returns
 * a {@link Manifest} (every DSL {@code Application} has one, and every sample of Berth's samples module), or it
 * implements {@code Supplier<Manifest>}. Its public {@code name()}, when it has one and it returns a non-blank
 * {@code String}, names the output; else the class's simple name does.
 *
 * <pre>{@code
 * BuiltApplication shop = BuiltApplication.build(loader, "com.acme.infra.Shop",
 *         "--classpath with the folders or jars that hold it and what it uses");
 * ManifestWriter.yaml().writeFile(shop.manifest(), output.resolve(shop.name() + ".yaml"));
 * }</pre>
 *
 * @param name the application's name: its {@code name()}, else its class's simple name
 * @param manifest what it built
 */
public record BuiltApplication(String name, Manifest manifest) {

    /** Where the problems of building an application are said to come from. */
    public static final String ORIGIN = "render";

    /**
     * @param name the application's name
     * @param manifest what it built
     */
    public BuiltApplication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manifest, "manifest");
    }

    /**
     * Loads, creates and builds one application class.
     *
     * @param loader where the class and what it uses are
     * @param className the class's full name
     * @param whereClassesAre how the caller makes a class loadable, ending the fix of a class that cannot be loaded:
     *        {@code "--classpath with the folders or jars that hold it and what it uses"}
     * @return its name and manifest
     * @throws BerthException as one line with origin {@link #ORIGIN}, what went wrong and how to fix it, when the class
     *         cannot be loaded, created or called, is no application, or throws
     */
    public static BuiltApplication build(ClassLoader loader, String className, String whereClassesAre) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw BerthException.problem("cannot load class " + className + " ("
                    + (e instanceof ClassNotFoundException ? "not found" : e.toString()) + ")")
                    .origin(ORIGIN)
                    .fix("give its full name, and " + whereClassesAre + ".")
                    .build(e);
        }
        Object instance = instantiate(type);
        Method manifest = publicMethod(type, "manifest");
        Object built;
        if (manifest != null && Manifest.class.isAssignableFrom(manifest.getReturnType())) {
            built = invoke(type, manifest, instance);
        } else if (instance instanceof Supplier<?> supplier) {
            built = supplyFrom(type, supplier);
        } else {
            throw BerthException.problem("class " + className + " has no public manifest() method returning "
                    + Manifest.class.getName() + " and is no Supplier<Manifest>")
                    .origin(ORIGIN)
                    .fix("add 'public Manifest manifest()' (an Application's manifest(), say), or implement "
                            + "Supplier<Manifest>.")
                    .build();
        }
        if (!(built instanceof Manifest result)) {
            throw BerthException.problem(className + " gave " + (built == null ? "null" : built.getClass().getName())
                    + ", not a " + Manifest.class.getName())
                    .origin(ORIGIN).fix("return the application's Manifest.").build();
        }
        Method name = publicMethod(type, "name");
        Object named = name != null && name.getReturnType() == String.class ? invoke(type, name, instance) : null;
        return new BuiltApplication(named instanceof String text && !text.isBlank() ? text : type.getSimpleName(),
                result);
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            String notAbstract = Modifier.isAbstract(type.getModifiers()) ? " and must not be abstract" : "";
            throw BerthException.problem("cannot create " + type.getName() + ": it needs a public constructor "
                    + "without arguments" + notAbstract)
                    .origin(ORIGIN).fix("add 'public " + type.getSimpleName() + "() {}', or name another class.")
                    .build(e);
        } catch (InvocationTargetException e) {
            throw threw(type.getName() + "()", e.getCause());
        }
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Class<?> type, Method method, Object instance) {
        try {
            method.setAccessible(true);
            return method.invoke(instance);
        } catch (IllegalAccessException | RuntimeException e) {
            throw BerthException.problem("cannot call " + type.getName() + "." + method.getName() + "(): " + e)
                    .origin(ORIGIN).fix("make the class and the method public.").build(e);
        } catch (InvocationTargetException e) {
            throw threw(type.getName() + "." + method.getName() + "()", e.getCause());
        }
    }

    private static Object supplyFrom(Class<?> type, Supplier<?> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            throw threw(type.getName() + ".get()", e);
        }
    }

    private static BerthException threw(String what, Throwable cause) {
        return BerthException.problem(what + " threw " + cause)
                .origin(ORIGIN)
                .fix("fix the application's description: an impossible configuration is named in the message.")
                .build(cause);
    }
}
