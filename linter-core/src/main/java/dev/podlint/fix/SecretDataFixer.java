package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.ScalarType;
import dev.podlint.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Secret {@code data} value written as plain text: moved to {@code stringData} (created when
 * missing), where the API server encodes it, or with {@link FixOptions.SecretDataFix#BASE64}
 * encoded in place. Only values that cannot be meant as base64 count as plain text: a scalar YAML
 * types as a number or boolean, or text with a character outside the base64 alphabets; an unpadded
 * or URL-safe value, or one with stray white space, is left as it is. No description carries the value.
 */
final class SecretDataFixer implements Fixer {

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        String pointer = context.relativePointer(finding);
        List<String> segments = Pointers.segments(pointer);
        if (!"Secret".equals(context.document().kind())
                || segments.size() != 2
                || !segments.get(0).equals("data")) {
            return null;
        }
        if (!(context.node(finding) instanceof ScalarNode scalar) || !plainText(scalar)) {
            return null;
        }
        SourceText.Range value = context.source().scalar(scalar);
        if (value == null) {
            return null;
        }
        String key = segments.get(1);
        if (context.options().secretData() == FixOptions.SecretDataFix.BASE64) {
            String encoded = Base64.getEncoder().encodeToString(scalar.text().getBytes(StandardCharsets.UTF_8));
            return new Fix(
                    finding,
                    "base64-encoded data key '" + key + "'",
                    new TextEdit(value.start(), value.end(), encoded, true));
        }
        return move(finding, context, key, value, scalar.text());
    }

    private static boolean plainText(ScalarNode scalar) {
        if (scalar.type() == ScalarType.NULL) {
            return false;
        }
        if (scalar.type() != ScalarType.STRING) {
            return true;
        }
        return !scalar.text()
                .chars()
                .allMatch(c -> c < 128
                        && (Character.isLetterOrDigit(c) || "+/=-_".indexOf(c) >= 0 || Character.isWhitespace(c)));
    }

    private static @Nullable Fix move(
            Finding finding, FixContext context, String key, SourceText.Range value, String text) {
        SourceText source = context.source();
        MappingNode object = context.document().object();
        if (object == null) {
            return null;
        }
        MappingNode data = object.mapping("data");
        SourceText.Range keyRange = data == null ? null : source.plainKey(data, key);
        SourceText.Range dataKey = source.plainKey(object, "data");
        String comment = source.restOfLineIfComment(value.end());
        if (data == null
                || keyRange == null
                || dataKey == null
                || comment == null
                || !source.onlySpacesBefore(keyRange.start())
                || !source.onlySpacesBefore(dataKey.start())) {
            return null;
        }
        String written = source.text().substring(keyRange.start(), keyRange.end());
        String entry = written + ": " + YamlText.doubleQuoted(text)
                + (comment.endsWith("\r") ? comment.substring(0, comment.length() - 1) : comment) + source.lineBreak();
        int entryLine = source.lineStartOf(keyRange.start());
        int entryEnd = source.nextLineStart(value.end());
        String description = "moved data key '" + key + "' to stringData";
        if (!object.containsKey("stringData")) {
            if (data.size() == 1) {
                // the only entry: the mapping itself becomes stringData
                return new Fix(
                        finding,
                        description,
                        TextEdit.replace(dataKey.start(), dataKey.end(), "stringData"),
                        new TextEdit(value.start(), value.end(), YamlText.doubleQuoted(text), true));
            }
            String dataIndent = source.text().substring(source.lineStartOf(dataKey.start()), dataKey.start());
            String entryIndent = source.text().substring(entryLine, keyRange.start());
            return new Fix(
                    finding,
                    description,
                    new TextEdit(entryLine, entryEnd, "", true),
                    new TextEdit(
                            source.lineStartOf(dataKey.start()),
                            source.lineStartOf(dataKey.start()),
                            dataIndent + "stringData:" + source.lineBreak() + entryIndent + entry,
                            true));
        }
        MappingNode stringData = object.mapping("stringData");
        if (stringData == null || stringData.isEmpty() || stringData.containsKey(key)) {
            return null;
        }
        Span first = stringData.span();
        int firstKey = source.offset(first.line(), first.column());
        if (firstKey < 0 || source.text().charAt(firstKey) == '{' || !source.onlySpacesBefore(firstKey)) {
            return null;
        }
        String indent = source.text().substring(source.lineStartOf(firstKey), firstKey);
        TextEdit removal = data.size() == 1
                ? new TextEdit(source.lineStartOf(dataKey.start()), entryEnd, "", true)
                : new TextEdit(entryLine, entryEnd, "", true);
        if (data.size() == 1 && source.nextLineStart(dataKey.start()) != entryLine) {
            return null; // something (a comment, say) between 'data:' and its only entry
        }
        return new Fix(
                finding,
                description,
                removal,
                new TextEdit(source.lineStartOf(firstKey), source.lineStartOf(firstKey), indent + entry, true));
    }
}
