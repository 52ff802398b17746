package dev.podlint.schemas.generator;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a model field's Java type means in JSON.
 *
 * <table>
 *   <caption>Java type → JSON</caption>
 *   <tr><td>String, enum</td><td>string</td></tr>
 *   <tr><td>Integer, Long</td><td>integer</td></tr>
 *   <tr><td>Float, Double, BigDecimal</td><td>number</td></tr>
 *   <tr><td>Boolean</td><td>boolean</td></tr>
 *   <tr><td>OffsetDateTime, joda DateTime, LocalDate</td><td>string (RFC 3339; no format check)</td></tr>
 *   <tr><td>byte[]</td><td>string (base64, checked by a rule, not here)</td></tr>
 *   <tr><td>IntOrString</td><td>integer or string</td></tr>
 *   <tr><td>Quantity</td><td>string or number</td></tr>
 *   <tr><td>Object</td><td>anything (RawExtension, JSON values of JSONSchemaProps)</td></tr>
 *   <tr><td>List&lt;X&gt;</td><td>array of X</td></tr>
 *   <tr><td>Map&lt;String, X&gt;</td><td>object whose values are X</td></tr>
 *   <tr><td>a model class</td><td>a reference to its definition</td></tr>
 * </table>
 */
final class JavaTypes {

    /** The JSON shape of a Java type. */
    sealed interface Shape permits Scalar, Ref, ArrayOf, MapOf, Any {}

    /** One or more JSON scalar types, e.g. {@code ["integer", "string"]}. */
    record Scalar(List<String> types) implements Shape {}

    /** A model class, by internal name. */
    record Ref(String className) implements Shape {}

    record ArrayOf(Shape items) implements Shape {}

    record MapOf(Shape values) implements Shape {}

    /** Any JSON value. */
    record Any() implements Shape {}

    private static final Set<String> INTEGERS = Set.of(
            "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "int", "long", "short", "byte");
    private static final Set<String> NUMBERS = Set.of(
            "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.lang.Number", "float", "double");
    private static final Set<String> BOOLEANS = Set.of("java.lang.Boolean", "boolean");
    private static final Set<String> STRINGS = Set.of(
            "java.lang.String",
            "[B",
            "java.time.OffsetDateTime",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.util.Date",
            "org.joda.time.DateTime",
            "org.joda.time.LocalDate",
            "java.util.UUID",
            "java.net.URI");
    private static final String INT_OR_STRING = "io.kubernetes.client.custom.IntOrString";
    private static final String QUANTITY = "io.kubernetes.client.custom.Quantity";

    private JavaTypes() {}

    static Shape shape(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return new ArrayOf(shape(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return new MapOf(shape(args[1]));
            }
            throw new IllegalArgumentException("unsupported generic type " + type);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("unsupported type " + type);
        }
        String name = c.getName();
        if (STRINGS.contains(name) || c.isEnum()) {
            return new Scalar(List.of("string"));
        }
        if (INTEGERS.contains(name)) {
            return new Scalar(List.of("integer"));
        }
        if (NUMBERS.contains(name)) {
            return new Scalar(List.of("number"));
        }
        if (BOOLEANS.contains(name)) {
            return new Scalar(List.of("boolean"));
        }
        if (name.equals(INT_OR_STRING)) {
            return new Scalar(List.of("integer", "string"));
        }
        if (name.equals(QUANTITY)) {
            return new Scalar(List.of("number", "string"));
        }
        if (name.equals("java.lang.Object")) {
            return new Any();
        }
        if (name.startsWith(ClientJar.MODELS.replace('/', '.'))) {
            return new Ref(name.replace('.', '/'));
        }
        throw new IllegalArgumentException("unsupported type " + name);
    }
}
