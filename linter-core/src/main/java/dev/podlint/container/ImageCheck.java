package dev.podlint.container;

import dev.podlint.source.GoStrings;
import dev.podlint.source.Pointers;

/**
 * {@code image-invalid}: an image is required ({@code validateContainerCommon}); on Pods it may not
 * start or end with white space ({@code validateContainerOnlyForPod}, which ephemeral containers
 * get in templates too).
 */
final class ImageCheck {

    static final String RULE = "image-invalid";

    private ImageCheck() {}

    static void check(Container c, Findings findings) {
        Object image = c.node().get("image");
        if (image == null || "".equals(image)) {
            String at = Pointers.append(c.pointer(), "image");
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Required value: container " + c.label() + " needs an image, e.g."
                            + " image: nginx:1.27");
        } else if (image instanceof String s && !GoStrings.trimSpace(s).equals(s)) {
            String at = Pointers.append(c.pointer(), "image");
            String message = ApiPaths.of(at) + ": Invalid value: " + Names.quote(s)
                    + ": must not have leading or trailing" + " whitespace; remove the spaces around the image name";
            if (c.type() == ContainerType.EPHEMERAL) {
                findings.at(RULE, at, message);
            } else {
                findings.podOnlyAt(RULE, at, message);
            }
        }
    }
}
