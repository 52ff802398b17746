package dev.podlint.oracle.mutate;

/** A node of a manifest being mutated: a mapping, a sequence or a scalar, written back as YAML by {@link YamlText}. */
public sealed interface YNode permits YMap, YList, YScalar {

    /** A deep copy, so that a mutation never changes the seed. */
    YNode copy();
}
