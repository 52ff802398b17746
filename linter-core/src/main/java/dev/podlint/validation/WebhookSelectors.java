package dev.podlint.validation;

import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.function.BiConsumer;

/**
 * The {@code namespaceSelector} and {@code objectSelector} of each webhook of a
 * ValidatingWebhookConfiguration or MutatingWebhookConfiguration, which
 * {@code validateValidatingWebhook} and {@code validateMutatingWebhook} pass to
 * {@code ValidateLabelSelector} (with {@code AllowInvalidLabelValueInSelector: false} on create).
 */
final class WebhookSelectors {

    private WebhookSelectors() {}

    static void each(Target target, BiConsumer<String, MappingNode> action) {
        if (!WebhookCheck.applies(target)) {
            return;
        }
        SequenceNode webhooks = target.object().sequence("webhooks");
        for (int i = 0; webhooks != null && i < webhooks.size(); i++) {
            MappingNode hook = Nodes.item(webhooks, i);
            for (String key : new String[] {"namespaceSelector", "objectSelector"}) {
                MappingNode selector = Nodes.map(hook, key);
                if (selector != null) {
                    action.accept("/webhooks/" + i + "/" + key, selector);
                }
            }
        }
    }
}
