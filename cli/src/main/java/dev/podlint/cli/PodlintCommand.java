package dev.podlint.cli;

import dev.podlint.PodlintVersion;
import dev.podlint.Prefetch;
import dev.podlint.config.UsageException;
import dev.podlint.report.Report;
import dev.podlint.report.Visible;
import dev.podlint.rule.RuleFileException;
import dev.podlint.source.DeepStack;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code podlint}: the top-level command and its error handling: exit 2 and one line on stderr (a
 * command-line mistake's line ends with where the help is), no stack trace unless {@code --debug}.
 * Declared in code, as {@code lint} is ({@link CodeOptions}); the other subcommands are annotated.
 */
public final class PodlintCommand implements Runnable {

    /**
     * The subcommands by name, in the order help lists them. picocli builds a command's model by
     * reflection when it is registered, which costs a cold start more than the lint of a small file:
     * {@link #subcommandsFor} registers only the one invoked.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        subcommands.put("lint", LintCommand.class);
        subcommands.put("merge", MergeCommand.class);
        subcommands.put("rules", RulesCommand.class);
        subcommands.put("explain", ExplainCommand.class);
        subcommands.put("hook", HookCommand.class);
        subcommands.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(subcommands);
    }

    /**
     * The subcommands a run needs: the one its first argument names (the top-level options take no
     * value), or all of them for help, a mistake (picocli suggests names) or no command at all.
     */
    static Collection<Class<?>> subcommandsFor(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                Class<?> named = SUBCOMMANDS.get(arg);
                return named == null || arg.equals("help") ? SUBCOMMANDS.values() : List.of(named);
            }
        }
        return SUBCOMMANDS.values();
    }

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private final CommandSpec spec;
    private boolean debug;

    private PodlintCommand() {
        spec = CommandSpec.wrapWithoutInspection(this);
        spec.name("podlint");
        spec.usageMessage().description("Lints Kubernetes manifests: schemas, declarative rules, PodPreset emulation.");
        spec.versionProvider(new Version());
        spec.addOption(
                CodeOptions.flag(() -> debug, v -> debug = v, "Print stack traces of internal errors.", "--debug")
                        .scopeType(CommandLine.ScopeType.INHERIT)
                        .build());
        CodeOptions.addStandardHelpOptions(spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing command: lint, merge, rules, explain or hook");
    }

    /** The command line of a run: the top-level command and the subcommands {@code args} needs. */
    static CommandLine commandLine(String[] args, Streams streams) {
        // No option takes a java.sql or java.time value: without this, every CommandLine loads those
        // classes by reflection to register picocli's converters for them. picocli compiles the
        // expression once per converter it could load (19 per CommandLine), so it is kept short: the
        // java.sql and java.time names are the only ones starting "java.s" or "java.t" among them
        // (java.nio.file.Path, which rules folders need, is not excluded).
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.[st].*");
        }
        Factory factory = new Factory(streams);
        CommandLine cli = new CommandLine(new PodlintCommand().spec, factory);
        for (Class<?> subcommand : subcommandsFor(args)) {
            if (subcommand == LintCommand.class) {
                cli.addSubcommand(LintCommand.NAME, new CommandLine(new LintCommand(streams).spec(), factory));
            } else {
                cli.addSubcommand(subcommand);
            }
        }
        return cli;
    }

    /** Runs podlint with the given streams and returns the exit code. */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        Streams streams = new Streams(stdin, stdout, out, err);
        Collection<Class<?>> subcommands = subcommandsFor(args);
        if (subcommands.equals(List.of(LintCommand.class))) {
            Prefetch.start();
        }
        CommandLine cli = commandLine(args, streams); // before the settings below, which reach registered ones only
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(usageLine(ex));
            return Report.EXIT_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = debugRequested(parseResult);
            if (ex instanceof UsageException || ex instanceof RuleFileException) {
                err.println("podlint: " + oneLine(ex.getMessage()));
            } else {
                err.println("podlint: internal error: " + oneLine(ex.toString())
                        + (debug ? "" : " (run with --debug for details)"));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            return Report.EXIT_ERROR;
        });
        int code;
        try {
            code = DeepStack.call(() -> cli.execute(args));
        } catch (VirtualMachineError | RuntimeException e) {
            // what the handler above does not see: a JVM error (stack or heap exhausted) outside the files' isolation
            code = Report.EXIT_ERROR;
            err.println("podlint: internal error: " + e.getClass().getName()
                    + (e instanceof StackOverflowError ? " (input nested too deeply)" : "")
                    + (e instanceof OutOfMemoryError ? " (not enough memory; raise -Xmx)" : ""));
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A command-line mistake as one line: picocli's message, the options it suggests, and where the
     * command's help is.
     */
    static String usageLine(CommandLine.ParameterException ex) {
        StringBuilder line =
                new StringBuilder("podlint: ").append(oneLine(ex.getMessage())).append(" (");
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            line.append("did you mean '")
                    .append(String.join("' or '", unmatched.getSuggestions()))
                    .append("'? ");
        }
        return line.append("see '")
                .append(ex.getCommandLine().getCommandSpec().qualifiedName())
                .append(" --help')")
                .toString();
    }

    /**
     * A message on one line: a line break or any other control character inside it is written out
     * ({@code \n}, {@code \x1b}), since it may come from an argument or a file name.
     */
    private static String oneLine(String message) {
        return Visible.of(String.valueOf(message).strip());
    }

    /** Whether {@code --debug} was given, at the top or to a subcommand. */
    private static boolean debugRequested(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Supplies the version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"podlint " + PodlintVersion.full()};
        }
    }

    /** Gives subcommands the streams of this run instead of the process's. */
    record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == MergeCommand.class) {
                return cls.cast(new MergeCommand(streams));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The streams a run reads and writes. */
    record Streams(InputStream stdin, PrintStream rawOut, PrintWriter out, PrintWriter err) {}
}
