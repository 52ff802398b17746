package dev.podlint.schema;

import dev.podlint.source.Span;

/** One problem the schema finds in a document: where (pointer relative to the object, span) and what. */
record SchemaViolation(String pointer, Span span, String message) {}
