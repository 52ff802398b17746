package dev.podlint.bench;

import dev.podlint.Linter;
import dev.podlint.ReportFormat;
import dev.podlint.RuleRegistry;
import dev.podlint.config.LintOptions;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of a whole lint of a corpus folder per cumulative stage (see {@link Stage}), in one JMH run,
 * so the ratio of each stage to parse-only is measured under the same conditions. The report stage
 * renders the full run's report as JSON. The corpus is {@code -Dpodlint.bench.corpus=DIR}
 * (default ../shared/corpus); {@code -Dpodlint.bench.crd=PATH[,PATH]} adds CRDs (--crd) for its
 * custom resources.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1)
public class LintBenchmark {

    @Param({"PARSE", "SCHEMA", "RULES", "FULL"})
    public String stage;

    private Linter linter;
    private List<String> paths;
    private Report fullReport;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = Path.of(System.getProperty("podlint.bench.corpus", "../shared/corpus"))
                .toAbsolutePath();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus + " (set -Dpodlint.bench.corpus=DIR)");
        }
        paths = List.of(corpus.toString());
        LintOptions.Builder builder = LintOptions.builder().workingDirectory(corpus);
        String crds = System.getProperty("podlint.bench.crd", "");
        for (String crd : crds.split(",")) {
            if (!crd.isBlank()) {
                builder.crd(Path.of(crd).toAbsolutePath().toString());
            }
        }
        LintOptions options = builder.build();
        RuleRegistry rules = RuleRegistry.load(options.rules());
        linter = new Linter(options, rules, Stage.valueOf(stage).checks(options, rules));
        fullReport = Linter.create(options).lint(paths, new ByteArrayInputStream(new byte[0]));
    }

    @Benchmark
    public Report lint() {
        return linter.lint(paths, new ByteArrayInputStream(new byte[0]));
    }

    @Benchmark
    public int renderJsonReport() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.reporter(false).write(fullReport, out);
        return out.getBuffer().length();
    }
}
