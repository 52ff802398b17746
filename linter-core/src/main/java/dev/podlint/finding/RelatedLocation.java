package dev.podlint.finding;

import dev.podlint.source.Span;

/** Another place that explains a finding, e.g. the other side of a PodPreset conflict. */
public record RelatedLocation(String file, Span span, String message) {}
