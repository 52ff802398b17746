package dev.podlint.report.sarif;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the SARIF 2.1.0 object model podlint writes, as plain records named after the
 * specification's objects. Null components are left out of the JSON.
 */
public final class Sarif {

    public static final String VERSION = "2.1.0";
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private Sarif() {}

    /** sarifLog (3.13). */
    public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

    /** run (3.14). */
    public record Run(
            Tool tool,
            List<Invocation> invocations,
            Map<String, ArtifactLocation> originalUriBaseIds,
            String columnKind,
            List<Result> results) {}

    /** tool (3.18), with its driver only. */
    public record Tool(ToolComponent driver) {}

    /** toolComponent (3.19). */
    public record ToolComponent(
            String name,
            String version,
            String semanticVersion,
            String informationUri,
            List<ReportingDescriptor> rules) {}

    /** reportingDescriptor (3.49): a rule. */
    public record ReportingDescriptor(
            String id,
            @Nullable String name,
            Message shortDescription,
            Message fullDescription,
            Message help,
            @Nullable String helpUri,
            ReportingConfiguration defaultConfiguration,
            @Nullable PropertyBag properties) {}

    /** reportingConfiguration (3.50). */
    public record ReportingConfiguration(String level) {}

    /** propertyBag (3.8) with the tags GitHub shows as a rule's labels. */
    public record PropertyBag(List<String> tags) {}

    /** message (3.11) or multiformatMessageString (3.12): markdown is only set for the latter. */
    public record Message(String text, @Nullable String markdown) {

        public static Message of(String text) {
            return new Message(text, null);
        }
    }

    /** invocation (3.20). */
    public record Invocation(
            boolean executionSuccessful, @Nullable List<Notification> toolExecutionNotifications) {}

    /** notification (3.58). */
    public record Notification(
            String level, Message message, @Nullable List<Location> locations) {}

    /** result (3.27). */
    public record Result(
            String ruleId,
            @Nullable Integer ruleIndex,
            String level,
            Message message,
            List<Location> locations,
            @Nullable List<Location> relatedLocations,
            Map<String, String> partialFingerprints,
            @Nullable List<Suppression> suppressions,
            @Nullable List<Fix> fixes) {}

    /** fix (3.55): the changes that repair a result. */
    public record Fix(Message description, List<ArtifactChange> artifactChanges) {}

    /** artifactChange (3.56). */
    public record ArtifactChange(ArtifactLocation artifactLocation, List<Replacement> replacements) {}

    /** replacement (3.57): {@code insertedContent} null deletes the region. */
    public record Replacement(
            Region deletedRegion, @Nullable ArtifactContent insertedContent) {}

    /** artifactContent (3.3). */
    public record ArtifactContent(String text) {}

    /** location (3.28); {@code id} and {@code message} are set on related locations. */
    public record Location(
            @Nullable Integer id,
            PhysicalLocation physicalLocation,
            @Nullable Message message) {}

    /** physicalLocation (3.29). */
    public record PhysicalLocation(
            ArtifactLocation artifactLocation, @Nullable Region region) {}

    /** artifactLocation (3.4). */
    public record ArtifactLocation(String uri, @Nullable String uriBaseId) {}

    /** region (3.30): 1-based, end column exclusive, as podlint's spans. */
    public record Region(int startLine, int startColumn, int endLine, int endColumn) {}

    /** suppression (3.35): kind "inSource" or "external". */
    public record Suppression(String kind, @Nullable String justification) {}
}
