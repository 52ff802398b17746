package dev.podlint.cli;

/** Entry point of {@code podlint.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(PodlintCommand.run(args, System.in, System.out, System.err));
    }
}
