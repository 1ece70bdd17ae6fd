package org.collabacademy.course.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A course folder as a zip: what an export writes and an upload brings. Reading never trusts the zip:
 * sizes are counted while inflating (a zip bomb stops at the first byte over a limit), paths that leave
 * the folder are refused, and the whole archive is refused when any entry is, so nothing is half-taken.
 */
public final class ContentArchive {

    /** Inflated bytes beyond this refuse the whole archive (the limit of a course folder). */
    static final long MAX_INFLATED = ContentLimits.COURSE_BYTES;
    /** More inflated than compressed by this factor is a bomb, not a course. */
    static final int MAX_RATIO = 200;

    private ContentArchive() {
    }

    /** The files of one course, unpacked, by path relative to the course folder; or the reasons they were refused. */
    public record Unpacked(String folder, Map<String, byte[]> files, List<ContentProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Writes {@code files} under a top folder named {@code folder}, in path order, so equal courses give equal zips. */
    public static byte[] zip(String folder, Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(folder + "/" + file.getKey());
                entry.setTime(0); // no timestamps: the same course always zips to the same bytes
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Unpacks a zip named {@code name} (for messages). It holds one course: either {@code course.yaml} at
     * its top, or one folder with {@code course.yaml} in it.
     */
    public static Unpacked unzip(String name, byte[] archive) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, byte[]> entries = new TreeMap<>();
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String path = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                String problem = pathProblem(path);
                if (problem != null) {
                    problems.add(new ContentProblem(name, 1, "entry '" + path + "' " + problem));
                    continue;
                }
                if (entries.size() >= ContentLimits.FILES_PER_COURSE) {
                    problems.add(new ContentProblem(name, 1, "more than " + ContentLimits.FILES_PER_COURSE + " files"));
                    break;
                }
                byte[] data = readAtMost(zip, ContentLimits.FILE_BYTES);
                if (data == null) {
                    problems.add(new ContentProblem(name, 1, "entry '" + path + "' is larger than " + ContentLimits.kilobytes(ContentLimits.FILE_BYTES)));
                    break;
                }
                inflated += data.length;
                if (inflated > MAX_INFLATED || inflated > (long) MAX_RATIO * Math.max(archive.length, 1024)) {
                    problems.add(new ContentProblem(name, 1, "unpacks to far more than it weighs (" + ContentLimits.kilobytes(inflated)
                            + " from " + ContentLimits.kilobytes(archive.length) + "): refused as a zip bomb"));
                    break;
                }
                if (entries.put(path, data) != null) {
                    problems.add(new ContentProblem(name, 1, "entry '" + path + "' appears twice"));
                }
            }
        } catch (ZipException | IllegalArgumentException broken) {
            problems.add(new ContentProblem(name, 1, "not a readable zip file (" + broken.getMessage() + ")"));
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 1, "cannot read the zip: " + e.getMessage()));
        }
        return problems.isEmpty() ? topFolder(name, entries) : new Unpacked("", Map.of(), List.copyOf(problems));
    }

    private static Unpacked topFolder(String name, Map<String, byte[]> entries) {
        if (entries.containsKey("course.yaml")) {
            String folder = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.zip$", "").replaceAll("[^a-z0-9-]+", "-");
            return new Unpacked(folder, entries, List.of());
        }
        String first = entries.isEmpty() ? "" : entries.keySet().iterator().next();
        String top = first.contains("/") ? first.substring(0, first.indexOf('/')) : "";
        boolean oneFolder = !top.isEmpty() && entries.keySet().stream().allMatch(p -> p.startsWith(top + "/"));
        if (!oneFolder || !entries.containsKey(top + "/course.yaml")) {
            return new Unpacked("", Map.of(), List.of(new ContentProblem(name, 1,
                    "the zip must hold one course: course.yaml at its top, or one folder with course.yaml in it")));
        }
        Map<String, byte[]> files = new TreeMap<>();
        entries.forEach((path, data) -> files.put(path.substring(top.length() + 1), data));
        return new Unpacked(top, files, List.of());
    }

    /** Why a path may not be unpacked, or null when it is a plain relative path inside the folder. */
    private static @Nullable String pathProblem(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "has an absolute path";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return "leaves the course folder";
            }
            if (part.isEmpty() || part.equals(".")) {
                return "has an empty or '.' part";
            }
        }
        return path.length() > 1000 ? "has a path longer than 1000 characters" : null;
    }

    private static byte @Nullable [] readAtMost(InputStream in, int limit) throws IOException {
        byte[] data = in.readNBytes(limit + 1);
        return data.length > limit ? null : data;
    }
}
