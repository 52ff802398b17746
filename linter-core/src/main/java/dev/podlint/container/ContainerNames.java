package dev.podlint.container;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code container-name}: names required, DNS-1123 labels, and unique across init, regular and
 * ephemeral containers ({@code validateContainerCommon}, {@code validateContainers},
 * {@code validateInitContainers}, {@code validateEphemeralContainers}).
 */
final class ContainerNames {

    static final String RULE = "container-name";

    private ContainerNames() {}

    static void check(List<Container> containers, Findings findings) {
        // name -> the pointer of the container that took it first
        Map<String, String> regular = new HashMap<>();
        Map<String, String> all = new HashMap<>();
        for (Container c : containers) {
            String name = c.name();
            if (name == null) {
                continue; // missing or not a string: the schema check reports it
            }
            String at = c.pointer() + "/name";
            if (name.isEmpty()) {
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Required value: give the container a name, a DNS-1123 label"
                                + " such as 'web'");
            } else {
                String problem = Names.labelProblem(name);
                if (problem != null) {
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Invalid value: " + Names.quote(name) + ": a container name "
                                    + problem);
                }
            }
            String first = switch (c.type()) {
                // regular containers are checked against each other (empty names too)
                case REGULAR -> regular.putIfAbsent(name, c.pointer());
                // init containers against the regular ones and the init containers before them
                case INIT ->
                    regular.containsKey(name)
                            ? regular.get(name)
                            : name.isEmpty() ? null : all.putIfAbsent(name, c.pointer());
                // ephemeral containers against every other container
                case EPHEMERAL -> regular.containsKey(name) ? regular.get(name) : all.putIfAbsent(name, c.pointer());
            };
            if (c.type() == ContainerType.REGULAR) {
                all.putIfAbsent(name, c.pointer());
            }
            if (first != null) {
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Duplicate value: " + Names.quote(name) + ": " + ApiPaths.of(first)
                                + " has this name already (init, regular and ephemeral containers share one name space);"
                                + " give each container its own name");
            }
        }
    }
}
