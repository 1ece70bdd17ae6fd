package org.collabacademy.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.collabacademy.authoring.AuthoringViews.Change;
import org.collabacademy.authoring.AuthoringViews.DiffLine;
import org.collabacademy.authoring.AuthoringViews.FileChange;

/** Differences between two versions of a course folder: per file, and line by line within a text. */
final class Changes {

    private Changes() {
    }

    static List<FileChange> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<FileChange> changes = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            byte[] old = before.get(path);
            byte[] now = after.get(path);
            if (old == null) {
                changes.add(new FileChange(path, Change.ADDED, lineCount(now), 0));
            } else if (now == null) {
                changes.add(new FileChange(path, Change.REMOVED, 0, lineCount(old)));
            } else if (!Arrays.equals(old, now)) {
                if (isText(path)) {
                    Patch<String> patch = DiffUtils.diff(lines(old), lines(now));
                    int added = patch.getDeltas().stream().mapToInt(d -> d.getTarget().size()).sum();
                    int removed = patch.getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
                    changes.add(new FileChange(path, Change.CHANGED, added, removed));
                } else {
                    changes.add(new FileChange(path, Change.CHANGED, 1, 1));
                }
            }
        }
        return changes;
    }

    /** The whole of the newer text, each line marked as unchanged, added, or (shown before it) removed. */
    static List<DiffLine> lines(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        Patch<String> patch = DiffUtils.diff(old, now);
        List<DiffLine> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new DiffLine(Change.UNCHANGED, old.get(position)));
            }
            delta.getSource().getLines().forEach(line -> result.add(new DiffLine(Change.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> result.add(new DiffLine(Change.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) {
            result.add(new DiffLine(Change.UNCHANGED, old.get(position)));
        }
        return result;
    }

    private static boolean isText(String path) {
        return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".gift") || path.endsWith(".txt") || path.endsWith(".csv");
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    private static int lineCount(byte[] bytes) {
        return (int) new String(bytes, StandardCharsets.UTF_8).lines().count();
    }
}
