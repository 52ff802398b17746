package dev.podlint.oracle.mutate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Derives a corpus of mutated manifests from the bundled seeds, deterministically (a fixed seed): one
 * document per file, named {@code 00001-deployment-port-name-too-long.yaml}, and a manifest
 * {@code mutations.tsv} saying which mutation made each file. About 15% of the documents get a
 * harmless change only; about 8% of the others get a second mistake.
 *
 * <p>Run by hand: {@code java -cp oracle-harness/target/classes:... dev.podlint.oracle.mutate.CorpusGenerator [DIR] [COUNT] [SEED]}
 * (see the module's README).
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 13_2024L;
    public static final int DEFAULT_COUNT = 20_000;
    public static final String MANIFEST = "mutations.tsv";
    static final double ACCEPT_SHARE = 0.15;
    static final double SECOND_MUTATION_SHARE = 0.08;
    /** Tries of one mutation, each on a random seed with random choices, before it counts as exhausted. */
    private static final int VARIANT_TRIES = 30;

    private static final Pattern GENERATED_FILE = Pattern.compile("\\d{5,}-.*\\.(yaml|json)");

    /** One generated file and what made it. */
    public record Generated(
            String file, String kind, String seed, String mutationId, Intent intent, String description) {

        String tsv() {
            return String.join("\t", file, kind, seed, mutationId, intent.label, clean(description));
        }

        private static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

    private final List<Seed> seeds;
    private final List<Mutation> rejecting;
    private final List<Mutation> accepting;

    public CorpusGenerator(List<Seed> seeds, List<Mutation> mutations) {
        this.seeds = List.copyOf(seeds);
        this.accepting =
                mutations.stream().filter(m -> m.intent() == Intent.ACCEPT).toList();
        this.rejecting =
                mutations.stream().filter(m -> m.intent() != Intent.ACCEPT).toList();
    }

    public static CorpusGenerator bundled() {
        return new CorpusGenerator(SeedReader.bundled(), Mutations.all());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/mutated-corpus");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_COUNT;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long start = System.nanoTime();
        List<Generated> generated = bundled().write(dir, count, seed);
        System.out.printf(
                Locale.ROOT,
                "%d documents in %s (%s) in %.1f s%n",
                generated.size(),
                dir,
                MANIFEST,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Generates {@code count} distinct documents in memory, in order. Each document first draws its
     * class (harmless or a mistake, one mistake or two), then a mutation of that class, uniformly, so
     * that every mutation gets its share; a mutation that keeps producing documents already made
     * has no more variants and leaves the draw.
     */
    public List<Document> generate(int count, long seed) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Mutation> harmlessPool = new ArrayList<>(accepting);
        List<Mutation> mistakePool = new ArrayList<>(rejecting);
        List<Document> documents = new ArrayList<>(count);
        int width = Math.max(5, Integer.toString(count).length());
        while (documents.size() < count) {
            boolean harmless = random.nextDouble() < ACCEPT_SHARE;
            boolean twice = !harmless && random.nextDouble() < SECOND_MUTATION_SHARE;
            List<Mutation> pool = harmless ? harmlessPool : mistakePool;
            Document next = null;
            while (next == null) {
                if (pool.isEmpty()) {
                    throw new IllegalStateException("the mutations cannot make " + count + " distinct documents");
                }
                Mutation mutation = Pick.one(random, pool);
                for (int tries = 0; tries < VARIANT_TRIES && next == null; tries++) {
                    Document candidate = attempt(random, mutation, twice, documents.size() + 1, width);
                    if (candidate != null && seen.add(candidate.text())) {
                        next = candidate;
                    }
                }
                if (next == null && !twice) {
                    pool.remove(mutation);
                }
            }
            documents.add(next);
        }
        return documents;
    }

    /**
     * The systematic part: every field of every seed dropped once ({@link FieldDrops}), numbered from
     * {@code first} on.
     */
    public List<Document> fieldDrops(int first, int width) {
        List<Document> documents = new ArrayList<>();
        for (FieldDrops.Drop drop : FieldDrops.bundled().drops(seeds)) {
            Doc doc = drop.apply();
            String file = String.format(
                    Locale.ROOT,
                    "%0" + width + "d-%s-%s.yaml",
                    first + documents.size(),
                    drop.seed().kind().toLowerCase(Locale.ROOT),
                    drop.id());
            Intent intent = drop.required() ? Intent.REJECT : Intent.ACCEPT;
            String description = "removed " + drop.path() + (drop.required() ? " (required)" : "");
            documents.add(new Document(
                    new Generated(file, drop.seed().kind(), drop.seed().name(), drop.id(), intent, description),
                    doc.text()));
        }
        return documents;
    }

    /**
     * Writes the corpus into {@code dir}: {@code count} generated documents, then the {@link #fieldDrops}.
     * Files a previous run generated there and this one does not are removed, files already there with
     * the same content are left alone (a rerun writes nothing).
     */
    public List<Generated> write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Set<Path> old = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> GENERATED_FILE.matcher(p.getFileName().toString()).matches())
                    .forEach(old::add);
        }
        List<Document> documents = new ArrayList<>(generate(count, seed));
        documents.addAll(
                fieldDrops(count + 1, Math.max(5, Integer.toString(count).length())));
        StringBuilder manifest = new StringBuilder("file\tkind\tseed\tmutation\tintent\tdescription\n");
        List<Generated> generated = new ArrayList<>();
        for (Document d : documents) {
            Path file = dir.resolve(d.meta().file());
            byte[] bytes = d.text().getBytes(StandardCharsets.UTF_8);
            if (!old.remove(file) || !sameContent(file, bytes)) {
                Files.write(file, bytes);
            }
            manifest.append(d.meta().tsv()).append('\n');
            generated.add(d.meta());
        }
        for (Path stale : old) {
            Files.delete(stale);
        }
        Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        return generated;
    }

    private static boolean sameContent(Path file, byte[] bytes) throws IOException {
        return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** A generated document: what made it, and its text. */
    public record Document(Generated meta, String text) {}

    /** One try at a document: the mutation on a seed it applies to, and maybe a second one. */
    private Document attempt(Random random, Mutation first, boolean twice, int number, int width) {
        Seed seed = Pick.one(
                random, seeds.stream().filter(s -> first.appliesTo(s.kind())).toList());
        if (seed == null) {
            return null;
        }
        Doc doc = new Doc(seed);
        varyName(doc, random);
        String description = apply(first, doc, random);
        if (description == null) {
            return null;
        }
        String id = first.id();
        Intent intent = first.intent();
        if (twice) {
            Mutation second = Pick.one(
                    random,
                    rejecting.stream()
                            .filter(m -> !m.id().equals(first.id()) && m.appliesTo(seed.kind()))
                            .toList());
            Doc both = new Doc(doc);
            String more = second == null ? null : applySecond(second, both, random);
            if (more != null) {
                doc = both;
                id = first.id() + "+" + second.id();
                description = description + "; " + more;
                intent = intent == Intent.REJECT || second.intent() == Intent.REJECT ? Intent.REJECT : intent;
            }
        }
        String file = String.format(
                Locale.ROOT,
                "%0" + width + "d-%s-%s.%s",
                number,
                seed.kind().toLowerCase(Locale.ROOT),
                id,
                doc.json ? "json" : "yaml");
        return new Document(new Generated(file, seed.kind(), seed.name(), id, intent, description), doc.text());
    }

    /**
     * Gives the object one of several valid names (the seed's, or it with a suffix), as the copies of
     * one manifest across environments have: more distinct documents per mutation, same mistake.
     */
    private static void varyName(Doc doc, Random random) {
        YMap metadata = doc.root.map("metadata");
        String name = metadata == null ? null : metadata.text("name");
        if (name != null) {
            String suffix = Pick.one(random, NAME_SUFFIXES);
            metadata.put("name", YScalar.str(name + suffix));
        }
    }

    private static final List<String> NAME_SUFFIXES = List.of(
            "",
            "",
            "",
            "",
            "-prod",
            "-staging",
            "-dev",
            "-eu",
            "-us",
            "-v2",
            "-canary",
            "-blue",
            "-green",
            "-2",
            "-3",
            "-7",
            "-internal",
            "-edge",
            "-test",
            "-qa");

    private static String apply(Mutation mutation, Doc doc, Random random) {
        try {
            return mutation.change().apply(doc, random);
        } catch (RuntimeException e) {
            throw new IllegalStateException("mutation " + mutation.id() + " on seed " + doc.seed.name() + ": " + e, e);
        }
    }

    /**
     * A second mutation may find its place gone (the first removed the name it renames, say): it is
     * then left out, and the document keeps the first mutation only.
     */
    private static String applySecond(Mutation mutation, Doc doc, Random random) {
        try {
            return mutation.change().apply(doc, random);
        } catch (NullPointerException | ClassCastException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Reads a manifest written by {@link #write}. */
    public static List<Generated> readManifest(Path file) {
        try {
            List<Generated> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 6);
                Intent intent = Stream.of(Intent.values())
                        .filter(i -> i.label.equals(f[4]))
                        .findFirst()
                        .orElseThrow();
                rows.add(new Generated(f[0], f[1], f[2], f[3], intent, f[5]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
