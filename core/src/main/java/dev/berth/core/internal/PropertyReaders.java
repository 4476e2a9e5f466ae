package dev.berth.core.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a property of a fabric8 model object without knowing its class at compile time, the one way core's walks
 * over model objects (the shape check, the value check) do it.
 *
 * <p>A fabric8 model class keeps each property in a private field of the same name and type, and its getter only
 * returns it. Such a property is read through the field's reflective accessor, which the runtime provides without
 * generating a class. A generated lambda per getter reads about as fast, but each is a class spun and compiled on every
 * run, a few hundred in all; a reflective call of the getter generates one class per getter too, and costs more per
 * call. A property without such a field is read through a generated lambda over its getter.
 *
 * <pre>{@code
 * Function<Object, Object> containers = PropertyReaders.of(PodSpec.class, "containers").orElseThrow();
 * List<?> list = (List<?>) containers.apply(podSpec);
 * }</pre>
 */
public final class PropertyReaders {

    private PropertyReaders() {
    }

    /**
     * @param type a model class
     * @param property a property name, such as {@code containers}
     * @return a reader of the property through its public getter {@code getContainers()} (or the field behind it),
     *     or empty when the class has no such getter
     */
    public static Optional<Function<Object, Object>> of(Class<?> type, String property) {
        if (property.isEmpty()) {
            return Optional.empty();
        }
        try {
            Method getter = type.getMethod("get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
            return Optional.of(of(getter, field(type, property)));
        } catch (NoSuchMethodException | SecurityException absent) {
            return Optional.empty();
        }
    }

    /**
     * @param getter a getter without parameters
     * @param field the field the getter returns, or null when unknown
     * @return a reader of the property: through the field when it has the getter's type and can be read, otherwise
     *     through the getter
     */
    public static Function<Object, Object> of(Method getter, Field field) {
        if (field != null && field.getType() == getter.getReturnType() && !Modifier.isStatic(field.getModifiers())
                && field.getDeclaringClass().isAssignableFrom(getter.getDeclaringClass()) && field.trySetAccessible()) {
            return owner -> {
                try {
                    return field.get(owner);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field.getName(), e);
                }
            };
        }
        return lambda(getter);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            try {
                return at.getDeclaredField(name);
            } catch (NoSuchFieldException absent) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Function<Object, Object> lambda(Method getter) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(getter);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(getter.getReturnType(), getter.getDeclaringClass()));
            @SuppressWarnings("unchecked")
            Function<Object, Object> function = (Function<Object, Object>) site.getTarget().invokeExact();
            return function;
        } catch (Throwable e) {
            getter.trySetAccessible();
            return owner -> {
                try {
                    return getter.invoke(owner);
                } catch (IllegalAccessException | InvocationTargetException failure) {
                    throw new IllegalStateException("cannot read " + getter.getName(), failure);
                }
            };
        }
    }
}
