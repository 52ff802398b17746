package dev.podlint.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/** A unified diff (3 lines of context) of two texts, line by line, from Myers' shortest edit script. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /**
     * The diff of {@code before} and {@code after} under the names {@code a/path} and {@code b/path};
     * "" when they are equal. Lines whose 1-based number is in {@code maskedBefore} (of the old text) or
     * {@code maskedAfter} (of the new) are printed through {@link SecretLines#mask}.
     */
    public static String of(
            String path, String before, String after, Set<Integer> maskedBefore, Set<Integer> maskedAfter) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> script = script(a, b); // each: {op, indexInA, indexInB}; op 0 keep, -1 delete, +1 insert
        StringBuilder out = new StringBuilder();
        String name = path.startsWith("/") ? path : "/" + path;
        out.append("--- a")
                .append(name)
                .append('\n')
                .append("+++ b")
                .append(name)
                .append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < script.size()) {
                if (script.get(end)[0] != 0) {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            hunk(out, script.subList(start, end), a, b, maskedBefore::contains, maskedAfter::contains);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(
            StringBuilder out,
            List<int[]> ops,
            List<String> a,
            List<String> b,
            IntPredicate maskA,
            IntPredicate maskB) {
        int aStart = ops.get(0)[1];
        int bStart = ops.get(0)[2];
        int aCount = 0;
        int bCount = 0;
        for (int[] op : ops) {
            aCount += op[0] <= 0 ? 1 : 0;
            bCount += op[0] >= 0 ? 1 : 0;
        }
        out.append("@@ -")
                .append(range(aStart, aCount))
                .append(" +")
                .append(range(bStart, bCount))
                .append(" @@\n");
        for (int[] op : ops) {
            if (op[0] == 1) {
                out.append('+')
                        .append(shown(b.get(op[2]), maskB.test(op[2] + 1)))
                        .append('\n');
            } else {
                out.append(op[0] == 0 ? ' ' : '-')
                        .append(shown(a.get(op[1]), maskA.test(op[1] + 1)))
                        .append('\n');
            }
        }
    }

    private static String shown(String line, boolean masked) {
        String text = masked ? SecretLines.mask(line) : line;
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Myers' O(ND) algorithm, the edit script rebuilt from the saved frontiers. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<int[]> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && vd[max + k - 1] < vd[max + k + 1])) ? k + 1 : k - 1;
            int prevX = vd[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(new int[] {0, --x, --y});
            }
            if (x == prevX) {
                ops.add(new int[] {1, x, --y});
            } else {
                ops.add(new int[] {-1, --x, y});
            }
        }
        while (x > 0 && y > 0) {
            ops.add(new int[] {0, --x, --y});
        }
        java.util.Collections.reverse(ops);
        return ops;
    }
}
