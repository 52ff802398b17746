package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads one file's bytes into Kubernetes objects with positions: decoding, YAML parsing, empty
 * documents skipped, {@code kind: List} items unpacked. Never throws on bad input; problems are
 * returned with the file.
 */
public final class ManifestLoader {

    private final YamlLimits limits;

    public ManifestLoader(YamlLimits limits) {
        this.limits = limits;
    }

    public ManifestLoader() {
        this(YamlLimits.DEFAULT);
    }

    /**
     * Loads a small manifest with the default limits, so that SnakeYAML's settings and parser are
     * ready (their classes initialized, the settings built) when the first real file comes.
     */
    public static void prefetch() {
        new ManifestLoader().loadText("", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  b: \"c\"\n");
    }

    public LoadedFile load(String displayPath, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            // readers stop one byte past the limit, so only a longer array tells the file's real size
            String size = bytes.length > limits.maxFileBytes() + 1
                    ? "is " + BoundedFiles.sizeText(bytes.length) + ", over"
                    : "is over";
            return failed(
                    new SourceFile(displayPath, ""),
                    "file " + size + " the limit of " + BoundedFiles.sizeText(limits.maxFileBytes()) + "; not linted",
                    Span.FILE_START);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.text() == null) {
            return failed(
                    new SourceFile(displayPath, ""),
                    Objects.requireNonNull(decoded.problem()),
                    Objects.requireNonNull(decoded.at()));
        }
        return loadText(displayPath, decoded.text(), decoded.ordinary());
    }

    public LoadedFile loadText(String displayPath, String text) {
        return loadText(displayPath, text, false);
    }

    /** @param ordinary whether every character of the text is known to be printable ASCII or a line feed */
    private LoadedFile loadText(String displayPath, String text, boolean ordinary) {
        YamlTreeBuilder.Result parsed = new YamlTreeBuilder(limits).build(text, ordinary);
        List<YamlTreeBuilder.ParsedDocument> parsedDocuments = parsed.documents();
        int pieces = parsedDocuments.isEmpty()
                ? 0
                : parsedDocuments.get(parsedDocuments.size() - 1).index() + 1;
        int[] pieceLengths = new int[pieces];
        boolean[] pieceAliases = new boolean[pieces];
        for (YamlTreeBuilder.ParsedDocument doc : parsedDocuments) {
            pieceLengths[doc.index()] = doc.textLength();
            pieceAliases[doc.index()] = doc.aliased();
        }
        SourceFile source = new SourceFile(displayPath, text, pieceLengths, pieceAliases);
        List<Document> documents = new ArrayList<>();
        int nonEmpty = 0;
        for (YamlTreeBuilder.ParsedDocument doc : parsedDocuments) {
            YamlNode root = doc.root();
            if (root == null || isEmpty(root)) {
                continue;
            }
            nonEmpty++;
            addObjects(source, doc.index(), root, documents);
        }
        return new LoadedFile(source, List.copyOf(documents), List.copyOf(parsed.problems()), nonEmpty);
    }

    private static void addObjects(SourceFile source, int index, YamlNode root, List<Document> out) {
        if (root instanceof MappingNode object && isList(object)) {
            SequenceNode items = Objects.requireNonNull(object.sequence("items"), "isList checked it");
            for (int i = 0; i < items.size(); i++) {
                out.add(new Document(source, index, items.node(i), Pointers.append("/items", i)));
            }
            return;
        }
        out.add(new Document(source, index, root, ""));
    }

    /** kubectl unpacks {@code kind: List} (and the typed lists, e.g. PodList) into their items. */
    private static boolean isList(MappingNode object) {
        String kind = object.string("kind");
        return kind != null && kind.endsWith("List") && object.sequence("items") != null;
    }

    private static boolean isEmpty(YamlNode root) {
        return root instanceof ScalarNode s && s.type() == ScalarType.NULL;
    }

    private static LoadedFile failed(SourceFile source, String message, Span at) {
        return new LoadedFile(
                source, List.of(), List.of(new LoadProblem(LoadProblem.Type.SYNTAX, 0, "", message, at)), 0);
    }
}
