package dev.podlint.schemas.generator;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * One model class of a client jar: its JSON fields and which of them the API requires.
 *
 * @param className internal class name, e.g. {@code io/kubernetes/client/openapi/models/V1Pod}
 * @param fields the serialized fields, in declaration order
 * @param required JSON names of the required fields
 */
record Model(String className, List<Field> fields, Set<String> required) {

    /** A serialized field: its JSON name (gson {@code @SerializedName}) and its Java type. */
    record Field(String jsonName, Type type) {}

    String simpleName() {
        return className.substring(className.lastIndexOf('/') + 1);
    }
}
