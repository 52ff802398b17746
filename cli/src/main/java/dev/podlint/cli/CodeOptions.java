package dev.podlint.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Options declared in code and bound to a command's fields, for the commands a short run starts
 * with: picocli builds an annotated command's model by reflection, and reading the annotations
 * (parsing them, generating a proxy class per annotation type) cost a cold start more than linting
 * a small file. Help, parsing and errors are picocli's, as for annotated commands.
 */
final class CodeOptions {

    private CodeOptions() {}

    /** An option without a value, e.g. {@code --verbose}. */
    static OptionSpec.Builder flag(Supplier<Boolean> get, Consumer<Boolean> set, String description, String... names) {
        Field<Boolean> field = binding(get, set);
        return OptionSpec.builder(names)
                .type(boolean.class)
                .initialValue(get.get())
                .description(description)
                .getter(field)
                .setter(field);
    }

    /** An option with one value of this type, e.g. {@code --output=FILE}. */
    static <T> OptionSpec.Builder value(
            Class<T> type, Supplier<T> get, Consumer<T> set, String label, String description, String... names) {
        Field<T> field = binding(get, set);
        return OptionSpec.builder(names)
                .type(type)
                .initialValue(get.get())
                .paramLabel(label)
                .description(description)
                .getter(field)
                .setter(field);
    }

    /** A repeatable option whose values are added to this list. */
    static OptionSpec.Builder list(
            Class<?> element, List<?> target, String label, String description, String... names) {
        Field<List<?>> field = listBinding(target);
        return OptionSpec.builder(names)
                .type(List.class)
                .auxiliaryTypes(element)
                .paramLabel(label)
                .description(description)
                .getter(field)
                .setter(field);
    }

    /** Positional parameters added to this list. */
    static PositionalParamSpec.Builder positionals(List<String> target, String label, String description) {
        Field<List<?>> field = listBinding(target);
        return PositionalParamSpec.builder()
                .type(List.class)
                .auxiliaryTypes(String.class)
                .paramLabel(label)
                .description(description)
                .getter(field)
                .setter(field);
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} adds them
     * (which builds them by reflection).
     */
    static void addStandardHelpOptions(CommandSpec spec) {
        boolean[] requested = new boolean[2];
        spec.addOption(
                flag(() -> requested[0], v -> requested[0] = v, "Show this help message and exit.", "-h", "--help")
                        .usageHelp(true)
                        .build());
        spec.addOption(flag(
                        () -> requested[1],
                        v -> requested[1] = v,
                        "Print version information and exit.",
                        "-V",
                        "--version")
                .versionHelp(true)
                .build());
    }

    /** A list field: picocli may hand back a list of its own, whose values then replace the field's. */
    @SuppressWarnings("unchecked")
    private static Field<List<?>> listBinding(List<?> target) {
        List<Object> values = (List<Object>) target;
        return binding(() -> target, v -> {
            if (v != target) {
                values.clear();
                if (v != null) {
                    values.addAll(v);
                }
            }
        });
    }

    static <T> Field<T> binding(Supplier<T> get, Consumer<T> set) {
        return new Field<>(get, set);
    }

    /** A field as picocli reads and writes it. */
    static final class Field<T> implements IGetter, ISetter {
        private final Supplier<T> get;
        private final Consumer<T> set;

        Field(Supplier<T> get, Consumer<T> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // picocli's generic interface
        public <R> R get() {
            return (R) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R value) {
            R old = get();
            set.accept((T) value);
            return old;
        }
    }
}
