package dev.podlint.container;

import dev.podlint.rule.functions.LocalPaths;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The container annotations of the deprecated seccomp and AppArmor betas, part of
 * {@code security-context-invalid}: their values ({@code ValidateSeccompPodAnnotations},
 * {@code ValidateAppArmorPodAnnotations}: an AppArmor annotation must also name a container of the
 * pod), and on create their agreement with the containers' seccompProfile and appArmorProfile
 * fields ({@code validateSeccompAnnotationsAndFields},
 * {@code validateAppArmorAnnotationsAndFieldsMatchOnCreate}, skipped for Windows pods).
 */
final class ProfileAnnotations {

    static final String SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
    static final String SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
    static final String APPARMOR_CONTAINER = "container.apparmor.security.beta.kubernetes.io/";
    private static final String LOCALHOST = "localhost/";

    private ProfileAnnotations() {}

    /**
     * @param template the Pod, or the pod template holding the spec
     * @param templatePointer its pointer
     */
    static void check(
            MappingNode template, String templatePointer, PodSpec pod, List<Container> containers, Findings findings) {
        MappingNode metadata = template.mapping("metadata");
        MappingNode annotations = metadata == null ? null : metadata.mapping("annotations");
        if (annotations == null
                || annotations.keySet().stream()
                        .noneMatch(k -> k.startsWith(SECCOMP_CONTAINER)
                                || k.startsWith(APPARMOR_CONTAINER)
                                || k.equals(SECCOMP_POD))) {
            return;
        }
        String base = Pointers.append(Pointers.append(templatePointer, "metadata"), "annotations");
        // the API server names a template's annotations spec.template.annotations (no metadata)
        String basePath =
                findings.scope().isPod() ? "metadata.annotations" : ApiPaths.of(templatePointer) + ".annotations";
        Set<String> names = new HashSet<>();
        containers.forEach(c -> names.add(c.name() == null ? "" : c.name()));
        for (MappingNode.Entry entry : annotations.entries()) {
            String key = entry.key();
            if (!(entry.value().value() instanceof String value)) {
                continue;
            }
            String at = Pointers.append(base, key);
            String path = basePath + "[" + key + "]";
            if (key.equals(SECCOMP_POD) || key.startsWith(SECCOMP_CONTAINER)) {
                String problem = seccompProblem(value);
                if (problem != null) {
                    // ValidateSeccompPodAnnotations names the annotation as a child field, not as a map key
                    findings.at(
                            SecurityContextCheck.RULE,
                            at,
                            basePath + "." + key + ": Invalid value: " + Names.quote(value) + ": " + problem);
                }
            } else if (key.startsWith(APPARMOR_CONTAINER)) {
                String container = key.substring(APPARMOR_CONTAINER.length());
                if (!names.contains(container)) {
                    findings.atKey(
                            SecurityContextCheck.RULE,
                            at,
                            path + ": Invalid value: " + Names.quote(container)
                                    + ": container not found; name a container of this pod, or use the appArmorProfile field");
                }
                if (!value.isEmpty()
                        && !value.equals("runtime/default")
                        && !value.equals("unconfined")
                        && !value.startsWith(LOCALHOST)) {
                    findings.at(
                            SecurityContextCheck.RULE,
                            at,
                            path + ": Invalid value: " + Names.quote(value)
                                    + ": invalid AppArmor profile name: write runtime/default, unconfined or localhost/<profile>");
                }
            }
        }
        for (Container c : containers) {
            MappingNode sc = c.node().mapping("securityContext");
            String name = c.name() == null ? "" : c.name();
            if (sc != null
                    && sc.mapping("seccompProfile") != null
                    && annotations.get(SECCOMP_CONTAINER + name) instanceof String annotation) {
                String field = mismatch(sc.mapping("seccompProfile"), annotation, "seccomp");
                if (field != null) {
                    String at = c.pointer() + "/securityContext/seccompProfile/" + field;
                    findings.at(
                            SecurityContextCheck.RULE,
                            at,
                            ApiPaths.of(at) + ": Forbidden: seccomp "
                                    + (field.equals("type") ? "type" : "profile")
                                    + " in annotation and field must match ("
                                    + SECCOMP_CONTAINER + name + ": " + Names.quote(annotation)
                                    + "); drop the annotation");
                }
            }
            if ("windows".equals(pod.os())) {
                continue;
            }
            MappingNode profile = sc != null && sc.mapping("appArmorProfile") != null
                    ? sc.mapping("appArmorProfile")
                    : pod.securityContext() == null
                            ? null
                            : pod.securityContext().mapping("appArmorProfile");
            if (profile != null && annotations.get(APPARMOR_CONTAINER + name) instanceof String annotation) {
                String field = mismatch(profile, annotation, "apparmor");
                if (field != null) {
                    String at = c.pointer() + "/securityContext/appArmorProfile/" + field;
                    findings.at(
                            SecurityContextCheck.RULE,
                            at,
                            ApiPaths.of(at) + ": Forbidden: apparmor "
                                    + (field.equals("type") ? "type" : "profile")
                                    + " in annotation and field must match ("
                                    + APPARMOR_CONTAINER + name + ": " + Names.quote(annotation)
                                    + "); drop the annotation");
                }
            }
        }
    }

    /** {@code ValidateSeccompProfile}. */
    private static @Nullable String seccompProblem(String value) {
        if (value.equals("runtime/default") || value.equals("docker/default") || value.equals("unconfined")) {
            return null;
        }
        if (value.startsWith(LOCALHOST)) {
            return LocalPaths.descendingPathProblem(value.substring(LOCALHOST.length()));
        }
        return "must be a valid seccomp profile: runtime/default, unconfined or localhost/<profile>";
    }

    /** The field ({@code type} or {@code localhostProfile}) that disagrees with the annotation, or null. */
    private static @Nullable String mismatch(MappingNode profile, String annotation, String kind) {
        Object type = profile.get("type");
        if ("Unconfined".equals(type)) {
            return annotation.equals("unconfined") ? null : "type";
        }
        if ("RuntimeDefault".equals(type)) {
            boolean same = annotation.equals("runtime/default")
                    || (kind.equals("seccomp") && annotation.equals("docker/default"));
            return same ? null : "type";
        }
        if ("Localhost".equals(type)) {
            if (!annotation.startsWith(LOCALHOST)) {
                return "type";
            }
            return annotation.substring(LOCALHOST.length()).equals(profile.get("localhostProfile"))
                    ? null
                    : "localhostProfile";
        }
        return null;
    }
}
