package dev.podlint;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package uses which, read from the constant pools of compiled classes: every class a class
 * names (its own, its fields' and methods' types, generic signatures, the classes it calls).
 */
final class PackageDependencies {

    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([A-Za-z0-9_/$]+)[;<]");

    /** Package to the other packages it uses, only among the packages of {@code classes}. */
    private final Map<String, Set<String>> uses;

    PackageDependencies(Map<String, Set<String>> uses) {
        this.uses = uses;
    }

    Map<String, Set<String>> uses() {
        return uses;
    }

    /** The packages of the class files under {@code root} whose names start with {@code prefix}. */
    static PackageDependencies of(Path root, String prefix) {
        Map<String, Set<String>> referenced = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                String pkg = packageOf(name.substring(0, name.length() - ".class".length()));
                if (!pkg.startsWith(prefix)) {
                    continue;
                }
                Set<String> used = referenced.computeIfAbsent(pkg, p -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(file)) {
                    for (String className : classNames(in)) {
                        used.add(packageOf(className));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        referenced.forEach((pkg, used) -> {
            Set<String> internal = new TreeSet<>(used);
            internal.retainAll(referenced.keySet());
            internal.remove(pkg);
            uses.put(pkg, internal);
        });
        return new PackageDependencies(uses);
    }

    /**
     * The same dependencies between groups: each package below {@code root} counted as its first
     * segment there ({@code root.a.b} as {@code root.a}); {@code root} itself stays.
     */
    PackageDependencies grouped(String root) {
        Map<String, Set<String>> groups = new TreeMap<>();
        uses.forEach((pkg, used) -> {
            String group = groupOf(pkg, root);
            Set<String> target = groups.computeIfAbsent(group, g -> new TreeSet<>());
            used.forEach(u -> target.add(groupOf(u, root)));
        });
        groups.forEach((group, used) -> used.remove(group));
        return new PackageDependencies(groups);
    }

    private static String groupOf(String pkg, String root) {
        if (!pkg.startsWith(root + ".")) {
            return pkg;
        }
        int dot = pkg.indexOf('.', root.length() + 1);
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /** Each cycle as a path {@code a, b, ..., a}, one per strongly connected set of packages. */
    List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (String start : new TreeSet<>(uses.keySet())) {
            if (covered.contains(start)) {
                continue;
            }
            List<String> path = pathBetween(start, start);
            if (path != null) {
                cycles.add(path);
                covered.addAll(path);
            }
        }
        return cycles;
    }

    /** A shortest path of at least one step from {@code from} to {@code to}, or null. */
    private List<String> pathBetween(String from, String to) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String next : uses.getOrDefault(current, Set.of())) {
                if (next.equals(to)) {
                    List<String> path = new ArrayList<>(List.of(to));
                    for (String p = current; p != null; p = p.equals(from) ? null : previous.get(p)) {
                        path.add(0, p);
                    }
                    return path;
                }
                if (!previous.containsKey(next) && !next.equals(from)) {
                    previous.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return null;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }

    /** The internal names of the classes a class file's constant pool refers to. */
    static Set<String> classNames(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIndexes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> names = new TreeSet<>();
        for (int index : classIndexes) {
            String name = utf8[index];
            // an array class is named by its descriptor, e.g. [Ldev/podlint/finding/Finding;
            names.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
        }
        for (String text : utf8) {
            if (text != null) {
                Matcher m = DESCRIPTOR_CLASS.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
