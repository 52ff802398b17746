package dev.podlint.container;

import dev.podlint.rule.functions.JsonTypes;
import dev.podlint.rule.functions.LocalPaths;
import dev.podlint.source.GoStrings;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code security-context-invalid}: a container's securityContext ({@code ValidateSecurityContext},
 * {@code validateSeccompProfileField}, {@code ValidateAppArmorProfileField},
 * {@code validateWindowsSecurityContextOptions}) and the container parts of {@code validateLinux},
 * {@code validateWindows} and {@code validateWindowsHostProcessPod}. The value sets of type,
 * procMount and the like are enum-value's.
 */
final class SecurityContextCheck {

    static final String RULE = "security-context-invalid";
    private static final long MAX_ID = Integer.MAX_VALUE;
    /** Fields a container of a Windows pod may not set ({@code validateWindows}). */
    private static final List<String> NOT_ON_WINDOWS = List.of(
            "appArmorProfile",
            "seLinuxOptions",
            "seccompProfile",
            "capabilities",
            "readOnlyRootFilesystem",
            "privileged",
            "allowPrivilegeEscalation",
            "procMount",
            "runAsUser",
            "runAsGroup");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern NETBIOS = Pattern.compile("[^\\\\/:*?\"<>|.][^\\\\/:*?\"<>|]{0,14}");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final Pattern DNS_DOMAIN =
            Pattern.compile(DNS_LABEL.pattern() + "(?:\\." + DNS_LABEL.pattern() + ")*");
    private static final Pattern BAD_USER_CHARS = Pattern.compile("[\"/\\\\:;|=,+*?<>@\\[\\]]");
    private static final Pattern DOTS_SPACES = Pattern.compile("[. ]+");

    private SecurityContextCheck() {}

    static void check(Container c, PodSpec pod, Findings findings) {
        if (!(c.node().node("securityContext") instanceof MappingNode sc)) {
            return;
        }
        String pointer = Pointers.append(c.pointer(), "securityContext");
        id(sc, "runAsUser", pointer, findings);
        id(sc, "runAsGroup", pointer, findings);
        procMount(sc, pointer, pod, findings);
        seccomp(sc, pointer, findings);
        privilegeEscalation(sc, pointer, findings);
        windowsOptions(sc, pointer, findings);
        appArmor(sc, pointer, findings);
        String os = pod.os();
        if ("linux".equals(os) && sc.get("windowsOptions") != null) {
            String at = pointer + "/windowsOptions";
            findings.atKey(RULE, at, ApiPaths.of(at) + ": Forbidden: windows options cannot be set for a linux pod");
        } else if ("windows".equals(os)) {
            for (String field : NOT_ON_WINDOWS) {
                if (sc.get(field) != null) {
                    String at = pointer + "/" + field;
                    findings.atKey(RULE, at, ApiPaths.of(at) + ": Forbidden: cannot be set for a windows pod");
                }
            }
        }
    }

    private static void id(MappingNode sc, String field, String pointer, Findings findings) {
        BigInteger id = JsonTypes.integer(sc.get(field));
        if (id != null && !JsonTypes.between(id, 0, MAX_ID)) {
            String at = pointer + "/" + field;
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: " + id + ": must be between 0 and " + MAX_ID + ", inclusive");
        }
    }

    /** {@code Unmasked} needs a user namespace; before 1.33 (ProcMountType off) procMount is dropped. */
    private static void procMount(MappingNode sc, String pointer, PodSpec pod, Findings findings) {
        if (findings.scope().minor() >= 33 && "Unmasked".equals(sc.get("procMount")) && pod.hostUsers()) {
            String at = pointer + "/procMount";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: \"Unmasked\": `hostUsers` must be false to use"
                            + " `Unmasked`; set the pod's hostUsers: false, or use procMount: Default");
        }
    }

    private static void seccomp(MappingNode sc, String pointer, Findings findings) {
        if (!(sc.node("seccompProfile") instanceof MappingNode profile)) {
            return;
        }
        String base = pointer + "/seccompProfile";
        Object type = profile.get("type");
        if ("".equals(type)) {
            findings.at(
                    RULE,
                    base + "/type",
                    ApiPaths.of(base + "/type") + ": Required value: type is required when" + " seccompProfile is set");
        }
        String at = base + "/localhostProfile";
        Object localhost = profile.get("localhostProfile");
        if ("Localhost".equals(type)) {
            if (localhost == null) {
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Required value: must be set when seccomp type is Localhost;"
                                + " name the profile file, relative to the kubelet's seccomp folder");
            } else if (localhost instanceof String p && LocalPaths.descendingPathProblem(p) != null) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: " + LocalPaths.descendingPathProblem(p));
            }
        } else if (localhost != null) {
            findings.atKey(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: can only be set when seccomp type is"
                            + " Localhost; remove it, or set type: Localhost");
        }
    }

    private static void privilegeEscalation(MappingNode sc, String pointer, Findings findings) {
        if (!Boolean.FALSE.equals(sc.get("allowPrivilegeEscalation"))) {
            return;
        }
        String at = pointer + "/allowPrivilegeEscalation";
        if (Boolean.TRUE.equals(sc.get("privileged"))) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(pointer) + ": Invalid value: cannot set `allowPrivilegeEscalation` to false and"
                            + " `privileged` to true; a privileged container always can escalate: drop one of them");
        }
        if (sc.get("capabilities") instanceof MappingNode caps
                && caps.get("add") instanceof List<?> add
                && add.contains("CAP_SYS_ADMIN")) {
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(pointer) + ": Invalid value: cannot set `allowPrivilegeEscalation` to"
                            + " false and `capabilities.Add` CAP_SYS_ADMIN; drop one of them");
        }
    }

    private static void windowsOptions(MappingNode sc, String pointer, Findings findings) {
        if (!(sc.node("windowsOptions") instanceof MappingNode options)) {
            return;
        }
        String base = pointer + "/windowsOptions";
        if (options.get("gmsaCredentialSpecName") instanceof String name
                && Names.subdomainProblem(name, false) != null) {
            String at = base + "/gmsaCredentialSpecName";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: " + Names.quote(name) + ": "
                            + (name.isEmpty() ? "must not be empty" : Names.subdomainProblem(name, false)));
        }
        if (options.get("gmsaCredentialSpec") instanceof String spec) {
            String at = base + "/gmsaCredentialSpec";
            if (spec.isEmpty()) {
                findings.at(
                        RULE, at, ApiPaths.of(at) + ": Invalid value: gmsaCredentialSpec cannot be an empty string");
            } else if (spec.getBytes(StandardCharsets.UTF_8).length > 64 * 1024) {
                findings.at(
                        RULE, at, ApiPaths.of(at) + ": Invalid value: gmsaCredentialSpec size must be under 64 KiB");
            }
        }
        if (options.get("runAsUserName") instanceof String user) {
            String problem = runAsUserNameProblem(user);
            if (problem != null) {
                String at = base + "/runAsUserName";
                findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: " + problem);
            }
        }
    }

    /** The first complaint of {@code validateWindowsSecurityContextOptions} about runAsUserName, or null. */
    static @Nullable String runAsUserNameProblem(String value) {
        if (value.isEmpty()) {
            return "runAsUserName cannot be an empty string";
        }
        if (CONTROL.matcher(value).find()) {
            return "runAsUserName cannot contain control characters";
        }
        String[] parts = value.split("\\\\", -1);
        if (parts.length > 2) {
            return "runAsUserName cannot contain more than one backslash";
        }
        String domain = parts.length == 2 ? parts[0] : "";
        String user = parts.length == 2 ? parts[1] : parts[0];
        if (domain.getBytes(StandardCharsets.UTF_8).length >= 256) {
            return "runAsUserName's Domain length must be under 256 characters";
        }
        if (parts.length == 2
                && !NETBIOS.matcher(domain).matches()
                && !DNS_DOMAIN.matcher(domain).matches()) {
            return "runAsUserName's Domain doesn't match the NetBios nor the DNS format";
        }
        int userLength = user.getBytes(StandardCharsets.UTF_8).length;
        if (userLength == 0) {
            return "runAsUserName's User cannot be empty";
        }
        if (userLength > 104) {
            return "runAsUserName's User length must not be longer than 104 characters";
        }
        if (DOTS_SPACES.matcher(user).matches()) {
            return "runAsUserName's User cannot contain only periods or spaces";
        }
        if (BAD_USER_CHARS.matcher(user).find()) {
            return "runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]";
        }
        return null;
    }

    private static void appArmor(MappingNode sc, String pointer, Findings findings) {
        if (!(sc.node("appArmorProfile") instanceof MappingNode profile)) {
            return;
        }
        String base = pointer + "/appArmorProfile";
        String at = base + "/localhostProfile";
        Object type = profile.get("type");
        Object localhost = profile.get("localhostProfile");
        if ("Localhost".equals(type)) {
            if (!(localhost instanceof String p)) {
                if (localhost == null) {
                    findings.at(
                            RULE,
                            at,
                            ApiPaths.of(at) + ": Required value: must be set when AppArmor type is"
                                    + " Localhost; name the profile loaded on the node");
                }
            } else if (!GoStrings.trimSpace(p).equals(p)) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Invalid value: must not be padded with whitespace");
            } else if (p.isEmpty()) {
                findings.at(
                        RULE, at, ApiPaths.of(at) + ": Required value: must be set when AppArmor type is Localhost");
            } else if (p.getBytes(StandardCharsets.UTF_8).length > 4095) {
                findings.at(RULE, at, ApiPaths.of(at) + ": Too long: may not be more than 4095 bytes");
            }
        } else if (("RuntimeDefault".equals(type) || "Unconfined".equals(type)) && localhost != null) {
            findings.atKey(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: can only be set when AppArmor type is"
                            + " Localhost; remove it, or set type: Localhost");
        } else if ("".equals(type)) {
            findings.at(
                    RULE,
                    base + "/type",
                    ApiPaths.of(base + "/type") + ": Required value: type is required when"
                            + " appArmorProfile is set");
        }
    }

    /**
     * {@code validateWindowsHostProcessPod}: a hostProcess container's value must match the pod's;
     * if any container is a hostProcess one, all must be, and the pod needs hostNetwork.
     */
    static void hostProcess(PodSpec pod, List<Container> containers, Findings findings) {
        MappingNode podSc = pod.securityContext();
        Boolean podHostProcess = (podSc != null
                        && podSc.get("windowsOptions") instanceof MappingNode w
                        && w.get("hostProcess") instanceof Boolean b)
                ? b
                : null;
        int hostProcessCount = 0;
        for (Container c : containers) {
            Boolean own = (c.node().get("securityContext") instanceof MappingNode sc
                            && sc.get("windowsOptions") instanceof MappingNode w
                            && w.get("hostProcess") instanceof Boolean b)
                    ? b
                    : null;
            if (podHostProcess != null && own != null && !podHostProcess.equals(own)) {
                String at = c.pointer() + "/securityContext/windowsOptions/hostProcess";
                findings.at(
                        RULE,
                        at,
                        ApiPaths.of(at) + ": Invalid value: " + own + ": pod hostProcess value must be"
                                + " identical if both are specified, was " + podHostProcess);
            }
            if (Boolean.TRUE.equals(own) || (own == null && Boolean.TRUE.equals(podHostProcess))) {
                hostProcessCount++;
            }
        }
        if (hostProcessCount == 0) {
            return;
        }
        if (hostProcessCount != containers.size()) {
            findings.at(
                    RULE,
                    pod.pointer(),
                    ApiPaths.of(pod.pointer()) + ": Invalid value: \"\": If pod contains any"
                            + " hostProcess containers then all containers must be HostProcess containers");
        }
        if (!pod.hostNetwork()) {
            String at = pod.pointer() + "/hostNetwork";
            findings.at(
                    RULE,
                    at,
                    ApiPaths.of(at) + ": Invalid value: false: hostNetwork must be true if pod contains"
                            + " any hostProcess containers");
        }
    }
}
