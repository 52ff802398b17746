package dev.podlint.schemas.generator;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a model class by reflection, in the client jar's own class loader.
 *
 * <p>JSON names come from gson's {@code @SerializedName}. Required fields come from the static
 * {@code openapiRequiredFields} set that newer clients (openapi-generator 5 and later) generate, or,
 * in older clients, from {@code @ApiModelProperty(required = true)} on the getters. Annotations are read
 * by name, since their classes live in the client's loader, not the generator's.
 */
final class ModelReader {

    private static final String SERIALIZED_NAME = "com.google.gson.annotations.SerializedName";
    private static final String API_MODEL_PROPERTY = "io.swagger.annotations.ApiModelProperty";

    private final ClientJar jar;
    private final Map<String, Model> cache = new HashMap<>();

    ModelReader(ClientJar jar) {
        this.jar = jar;
    }

    Model read(String className) {
        Model m = cache.get(className);
        if (m == null) {
            m = readUncached(className);
            cache.put(className, m);
        }
        return m;
    }

    private Model readUncached(String className) {
        Class<?> c = jar.load(className);
        List<Model.Field> fields = new ArrayList<>();
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String name = annotationValue(f.getAnnotations(), SERIALIZED_NAME, "value");
            if (name != null) {
                fields.add(new Model.Field(name, f.getGenericType()));
            }
        }
        return new Model(className, List.copyOf(fields), required(c, fields));
    }

    private Set<String> required(Class<?> c, List<Model.Field> fields) {
        Set<String> required = new TreeSet<>();
        try {
            java.lang.reflect.Field set = c.getDeclaredField("openapiRequiredFields");
            Class<?> initialised = Class.forName(c.getName(), true, c.getClassLoader());
            set = initialised.getDeclaredField("openapiRequiredFields");
            set.setAccessible(true);
            for (Object o : (Collection<?>) set.get(null)) {
                required.add((String) o);
            }
            return required;
        } catch (NoSuchFieldException e) {
            // older client: annotations on the getters
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read openapiRequiredFields of " + c.getName(), e);
        }
        Map<String, String> jsonNameByGetter = new HashMap<>();
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
            String name = annotationValue(f.getAnnotations(), SERIALIZED_NAME, "value");
            if (name != null && !Modifier.isStatic(f.getModifiers())) {
                jsonNameByGetter.put(getterKey(f.getName()), name);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!m.getName().startsWith("get") || m.getParameterCount() != 0) {
                continue;
            }
            Object req = annotationValue(m.getAnnotations(), API_MODEL_PROPERTY, "required");
            String json = jsonNameByGetter.get(getterKey(m.getName().substring(3)));
            if (Boolean.TRUE.equals(req) && json != null) {
                required.add(json);
            }
        }
        return required;
    }

    /** Field "_continue" and getter "getContinue" share the key "continue"; "$ref" and "get$Ref" share "$ref". */
    private static String getterKey(String name) {
        String n = name.startsWith("_") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static <T> T annotationValue(Annotation[] annotations, String type, String element) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                try {
                    return (T) a.annotationType().getMethod(element).invoke(a);
                } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + type + "." + element, e);
                }
            }
        }
        return null;
    }
}
