package dev.podlint.oracle.mutate;

import java.util.ArrayList;
import java.util.List;

/** A copy of a seed being mutated, with the places of a manifest that mutations look for. */
public final class Doc {

    public final Seed seed;
    public final YMap root;
    /** Written as JSON instead of YAML. */
    public boolean json;
    /** Starts with a "---" line. */
    public boolean documentStart;

    public Doc(Seed seed) {
        this.seed = seed;
        this.root = seed.root().copy();
    }

    /** A copy of another mutated document. */
    public Doc(Doc other) {
        this.seed = other.seed;
        this.root = other.root.copy();
        this.json = other.json;
        this.documentStart = other.documentStart;
    }

    public String kind() {
        return seed.kind();
    }

    public At top() {
        return At.root(root);
    }

    public At metadata() {
        return top().mapOrNew("metadata");
    }

    public At spec() {
        return top().map("spec");
    }

    /** The pod template (metadata and spec) of a workload or PodTemplate; null for a Pod and other kinds. */
    public At podTemplate() {
        At top = top();
        return switch (kind()) {
            case "PodTemplate" -> top.map("template");
            case "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job" ->
                top.map("spec") == null ? null : top.map("spec").map("template");
            case "CronJob" -> {
                At jobSpec = jobSpec();
                yield jobSpec == null ? null : jobSpec.map("template");
            }
            default -> null;
        };
    }

    /** The Job spec of a Job or of a CronJob's jobTemplate. */
    public At jobSpec() {
        At spec = spec();
        if (spec == null) {
            return null;
        }
        if (kind().equals("CronJob")) {
            At jobTemplate = spec.map("jobTemplate");
            return jobTemplate == null ? null : jobTemplate.map("spec");
        }
        return kind().equals("Job") ? spec : null;
    }

    public At podSpec() {
        if (kind().equals("Pod")) {
            return spec();
        }
        At template = podTemplate();
        return template == null ? null : template.map("spec");
    }

    /** The metadata of the pods: the Pod's own, or the template's (created when absent). */
    public At podMetadata() {
        if (kind().equals("Pod")) {
            return metadata();
        }
        At template = podTemplate();
        return template == null ? null : template.mapOrNew("metadata");
    }

    public List<At> containers() {
        At spec = podSpec();
        return spec == null ? List.of() : spec.items("containers");
    }

    public List<At> initContainers() {
        At spec = podSpec();
        return spec == null ? List.of() : spec.items("initContainers");
    }

    public List<At> allContainers() {
        List<At> all = new ArrayList<>(initContainers());
        all.addAll(containers());
        return all;
    }

    public List<At> volumes() {
        At spec = podSpec();
        return spec == null ? List.of() : spec.items("volumes");
    }

    /** Every container's ports. */
    public List<At> ports() {
        List<At> ports = new ArrayList<>();
        for (At c : allContainers()) {
            ports.addAll(c.items("ports"));
        }
        return ports;
    }

    /** The text written to the file. */
    public String text() {
        String body = json ? YamlText.json(root) : YamlText.yaml(root);
        return documentStart ? "---\n" + body : body;
    }
}
