package dev.podlint.rule.select;

import dev.podlint.source.YamlNode;
import java.util.Map;

/**
 * One node a selector picked: the node, its JSON pointer relative to the object, and the
 * variables a rule's expressions see for it.
 */
public record Selection(YamlNode node, String pointer, Map<String, Object> variables) {}
