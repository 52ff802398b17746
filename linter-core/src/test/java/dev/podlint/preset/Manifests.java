package dev.podlint.preset;

import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: load YAML text, merge, and read the merged tree. */
final class Manifests {

    private Manifests() {}

    static List<Document> load(String path, String yaml) {
        LoadedFile loaded = new ManifestLoader().loadText(path, yaml);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalArgumentException("bad test YAML: " + loaded.problems());
        }
        return loaded.documents();
    }

    static List<PodPreset> presets(List<Document> documents) {
        PresetReader reader = new PresetReader("default");
        return documents.stream()
                .filter(PresetReader::isPreset)
                .map(reader::read)
                .toList();
    }

    /** Merges the presets of {@code yaml} into its first Pod. */
    static MergeOutcome mergeFirstPod(String yaml) {
        List<Document> documents = load("test.yaml", yaml);
        Document pod = documents.stream().filter(PodTarget::isPod).findFirst().orElseThrow();
        return PresetMerger.merge(PodTarget.of(pod, "default"), presets(documents));
    }

    static YamlNode at(YamlNode root, String pointer) {
        return new Document(null, 0, root, "").nodeAt(pointer);
    }

    /** The values of {@code field} in the entries of the list at {@code pointer}. */
    static List<Object> names(YamlNode root, String pointer, String field) {
        List<Object> out = new ArrayList<>();
        if (at(root, pointer) instanceof SequenceNode list) {
            for (YamlNode item : list.nodes()) {
                out.add(((MappingNode) item).get(field));
            }
        }
        return out;
    }
}
