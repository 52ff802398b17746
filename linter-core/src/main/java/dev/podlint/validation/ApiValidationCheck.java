package dev.podlint.validation;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.List;

/** The enabled API validation rules as one document check: the object's identity is read once for all. */
final class ApiValidationCheck implements DocumentCheck {

    private final ObjectKinds kinds;
    private final List<ObjectCheck> parts;

    ApiValidationCheck(ObjectKinds kinds, List<ObjectCheck> parts) {
        this.kinds = kinds;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        String kind = object == null ? null : object.string("kind");
        if (object == null || kind == null) {
            return;
        }
        String apiVersion = object.string("apiVersion");
        ObjectKinds.Kind facts = kinds.of(apiVersion, kind);
        if (facts.nameFormat() == NameFormat.NONE) {
            return;
        }
        Target target = new Target(
                document,
                object,
                object.mapping("metadata"),
                kind,
                apiVersion,
                facts,
                Workloads.builtInKind(kind, apiVersion),
                sink);
        for (ObjectCheck part : parts) {
            part.check(target);
        }
    }
}
