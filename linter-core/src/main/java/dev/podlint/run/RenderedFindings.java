package dev.podlint.run;

import dev.podlint.finding.Finding;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.source.RenderedSources;
import java.util.ArrayList;
import java.util.List;

/** Reports the findings of rendered Helm output under the templates their documents came from. */
final class RenderedFindings {

    private RenderedFindings() {}

    /** @param file the display path of the rendered stream ({@code <stdin>}) */
    static List<Finding> remap(List<Finding> findings, String file, RenderedSources sources, SourceExcerpts excerpts) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding mapped = f;
            if (f.file().equals(file)) {
                mapped = f.withFile(shown(file, f.span().line(), sources, excerpts));
            }
            if (mapped.related().stream().anyMatch(r -> r.file().equals(file))) {
                mapped = mapped.withRelated(mapped.related().stream()
                        .map(r -> r.file().equals(file)
                                ? new RelatedLocation(
                                        shown(file, r.span().line(), sources, excerpts), r.span(), r.message())
                                : r)
                        .toList());
            }
            out.add(mapped);
        }
        return out;
    }

    private static String shown(String file, int line, RenderedSources sources, SourceExcerpts excerpts) {
        String template = sources.displayPathAt(line);
        if (template == null) {
            return file;
        }
        excerpts.copy(file, line, template);
        return template;
    }
}
