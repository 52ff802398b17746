package dev.podlint.source;

import java.util.List;

/**
 * What loading a file produced: its objects, and the problems met on the way.
 *
 * @param yamlDocuments non-empty YAML documents read before any error
 */
public record LoadedFile(SourceFile source, List<Document> documents, List<LoadProblem> problems, int yamlDocuments) {}
