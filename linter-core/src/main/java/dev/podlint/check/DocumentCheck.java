package dev.podlint.check;

import dev.podlint.source.Document;

/** A check that needs one object at a time. Must be thread-safe and keep no state per document. */
public interface DocumentCheck {

    void check(Document document, FindingSink sink);
}
