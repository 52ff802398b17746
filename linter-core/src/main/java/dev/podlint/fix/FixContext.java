package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.YamlNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a fixer sees of a finding's file: its text and the object the finding is about. */
public record FixContext(SourceText source, Document document, FixOptions options) {

    /** The finding's pointer relative to the object. */
    public String relativePointer(Finding finding) {
        return finding.path().substring(document.pointerBase().length());
    }

    /** The node the finding's pointer names, or null when it does not exist. */
    public @Nullable YamlNode node(Finding finding) {
        return document.nodeAt(relativePointer(finding));
    }

    /** The mapping that holds the last segment of the finding's pointer, or null. */
    public @Nullable MappingNode parentMapping(Finding finding) {
        return parentMapping(relativePointer(finding));
    }

    public @Nullable MappingNode parentMapping(String relativePointer) {
        return document.nodeAt(parentPointer(relativePointer)) instanceof MappingNode m ? m : null;
    }

    public static String parentPointer(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(0, slash);
    }

    public static String lastSegment(String pointer) {
        List<String> segments = Pointers.segments(pointer);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }
}
