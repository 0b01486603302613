package dev.devopskit.core.files;

import java.util.ArrayList;
import java.util.List;

/** A unified diff between two texts (line based, three lines of context), as {@code diff -u} prints it. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}; empty when they are equal. */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    String[] a = lines(before);
    String[] b = lines(after);
    List<int[]> ops = script(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(name).append(" (on disk)\n").append("+++ ").append(name).append(" (expected)\n");
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i)[0] == 0) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size() && (ops.get(end)[0] != 0 || end - lastChange <= 2 * CONTEXT)) {
        if (ops.get(end)[0] != 0) {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      hunk(out, ops.subList(start, end), a, b);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> ops, String[] a, String[] b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    StringBuilder body = new StringBuilder();
    for (int[] op : ops) {
      if (op[0] == 0) {
        if (aStart < 0) {
          aStart = op[1];
          bStart = op[2];
        }
        aCount++;
        bCount++;
        body.append(' ').append(a[op[1]]).append('\n');
      } else if (op[0] < 0) {
        if (aStart < 0) {
          aStart = op[1];
          bStart = op[2];
        }
        aCount++;
        body.append('-').append(a[op[1]]).append('\n');
      } else {
        if (aStart < 0) {
          aStart = op[1];
          bStart = op[2];
        }
        bCount++;
        body.append('+').append(b[op[2]]).append('\n');
      }
    }
    out.append("@@ -").append(aCount == 0 ? aStart : aStart + 1).append(',').append(aCount)
        .append(" +").append(bCount == 0 ? bStart : bStart + 1).append(',').append(bCount).append(" @@\n")
        .append(body);
  }

  /** Edit script as {op, indexInA, indexInB}: op 0 keep, -1 delete, +1 insert (LCS by dynamic programming). */
  private static List<int[]> script(String[] a, String[] b) {
    int n = a.length;
    int m = b.length;
    if ((long) n * m > 25_000_000L) {
      List<int[]> coarse = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        coarse.add(new int[] {-1, i, 0});
      }
      for (int j = 0; j < m; j++) {
        coarse.add(new int[] {1, n, j});
      }
      return coarse;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a[i].equals(b[j])) {
        ops.add(new int[] {0, i++, j++});
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        ops.add(new int[] {-1, i++, j});
      } else {
        ops.add(new int[] {1, i, j++});
      }
    }
    while (i < n) {
      ops.add(new int[] {-1, i++, j});
    }
    while (j < m) {
      ops.add(new int[] {1, i, j++});
    }
    return ops;
  }

  private static String[] lines(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return body.split("\n", -1);
  }
}
