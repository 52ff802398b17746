package dev.podlint.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.oracle.FieldPaths.Relation;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    @Test
    void indexesAndFieldsBecomePointerSegments() {
        assertThat(FieldPaths.toPointer("spec.template.spec.containers[0].ports[1].name"))
                .isEqualTo("/spec/template/spec/containers/0/ports/1/name");
    }

    @Test
    void mapKeysKeepTheirDotsAndEscapeSlashesAndTildes() {
        assertThat(FieldPaths.toPointer("metadata.labels[app.kubernetes.io/name]"))
                .isEqualTo("/metadata/labels/app.kubernetes.io~1name");
        assertThat(FieldPaths.toPointer("data[.dockerconfigjson]")).isEqualTo("/data/.dockerconfigjson");
        assertThat(FieldPaths.toPointer("metadata.annotations[a~b/c]")).isEqualTo("/metadata/annotations/a~0b~1c");
        assertThat(FieldPaths.toPointer("spec.containers[0].resources.limits[nvidia.com/gpu]"))
                .isEqualTo("/spec/containers/0/resources/limits/nvidia.com~1gpu");
    }

    @Test
    void aKeyWithBracketsEndsAtTheBracketBeforeTheNextSegment() {
        assertThat(FieldPaths.toPointer("metadata.labels[a[0]b].x")).isEqualTo("/metadata/labels/a[0]b/x");
        assertThat(FieldPaths.toPointer("spec.selector[app]")).isEqualTo("/spec/selector/app");
    }

    @Test
    void theEmptyPathIsTheRoot() {
        assertThat(FieldPaths.toPointer("")).isEmpty();
        assertThat(FieldPaths.toPointer(null)).isEmpty();
    }

    @Test
    void relations() {
        assertThat(Relation.of("/spec/a", "/spec/a")).isEqualTo(Relation.EQUAL);
        assertThat(Relation.of("/spec/a/b", "/spec/a")).isEqualTo(Relation.UNDER);
        assertThat(Relation.of("/spec", "/spec/a")).isEqualTo(Relation.OVER);
        assertThat(Relation.of("/spec/ab", "/spec/a")).isEqualTo(Relation.NONE);
        assertThat(Relation.of("/spec/a", "")).isEqualTo(Relation.UNDER);
    }

    @Test
    void decodeErrorsLoseTheirEmbeddedStructNames() {
        assertThat(FieldPaths.decodePointer("spec.volumes.VolumeSource.projected.defaultMode"))
                .isEqualTo("/spec/volumes/projected/defaultMode");
        assertThat(FieldPaths.decodePointer("spec.template.spec.containers.readinessProbe.ProbeHandler.grpc.port"))
                .isEqualTo("/spec/template/spec/containers/readinessProbe/grpc/port");
    }

    @Test
    void pathsWithoutTheIndexesKubernetesLeavesOutMatchLoosely() {
        assertThat(Relation.of("/spec/containers/0/args/1", "/spec/containers/args"))
                .isEqualTo(Relation.LOOSE);
        assertThat(Relation.of(
                        "/spec/volumes/2/downwardAPI/items/0/fieldRef/fieldPath",
                        "/spec/volumes/2/downwardAPI/fieldRef/fieldPath"))
                .isEqualTo(Relation.LOOSE);
        assertThat(Relation.of("/spec/template/metadata/name", "/metadata/name"))
                .isEqualTo(Relation.NONE);
        assertThat(Relation.of("/spec/containers/0/image", "/spec/containers/name"))
                .isEqualTo(Relation.NONE);
    }
}
