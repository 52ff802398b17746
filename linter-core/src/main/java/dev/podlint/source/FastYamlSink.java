package dev.podlint.source;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Receives the fast YAML path's events as it reads them, in SnakeYAML's order, with no tags and no
 * anchors (the fast path declines both). Each position is a {@link FastYamlCursor#position}: the
 * 0-based line and column of a mark, packed in a long.
 */
interface FastYamlSink {

    void documentStart(long at);

    void documentEnd(boolean explicit, long start, long end);

    /** A mapping or sequence begins, in block or flow style. */
    void collectionStart(boolean mapping, boolean flow, long start, long end);

    void collectionEnd(boolean mapping, long start, long end);

    void scalar(String value, ScalarStyle style, long start, long end);

    /** The end of the text, after the last document. */
    void streamEnd(long at);
}
