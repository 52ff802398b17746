package dev.podlint.rule.functions;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Probe and lifecycle handlers: which handlers a probe sets, and their HTTP headers. */
public final class Probes {

    private static final Pattern HEADER_NAME = Pattern.compile("[-A-Za-z0-9]+");
    private static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");

    private Probes() {}

    /** The probe handler keys present in {@code probe}, in the API's order. */
    public static List<String> handlers(Object probe) {
        return JsonTypes.setFields(probe, HANDLERS);
    }

    /** The index of the first HTTP header whose name is not {@code [-A-Za-z0-9]+}, or -1. */
    public static int badHeader(@Nullable Object headers) {
        List<?> list = Sequences.of(headers);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> header
                    && !(header.get("name") instanceof String name
                            && HEADER_NAME.matcher(name).matches())) {
                return i;
            }
        }
        return -1;
    }
}
