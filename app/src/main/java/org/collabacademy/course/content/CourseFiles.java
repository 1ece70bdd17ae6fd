package org.collabacademy.course.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one course folder, read safely: hidden ({@code .}) and draft ({@code _}) entries are
 * skipped, symbolic links must stay inside the content folder, and every file is size-checked before
 * it is read. Paths are relative to the course folder, with {@code /} separators.
 */
final class CourseFiles {

    static final Map<String, String> FILE_TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private final String folderName;
    private final Map<String, byte[]> files = new TreeMap<>();
    private final String fingerprint;
    private long total;

    private CourseFiles(String folderName, Path root, Path folder, Problems problems) {
        this.folderName = folderName;
        Path realRoot = realPath(root);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || isSkipped(relative)) {
                    continue;
                }
                String display = display(relative);
                if (Files.isSymbolicLink(path)) {
                    Path target;
                    try {
                        target = path.toRealPath();
                    } catch (IOException broken) {
                        problems.add(display, 1, "symbolic link to a missing file");
                        continue;
                    }
                    if (!target.startsWith(realRoot)) {
                        problems.add(display, 1, "symbolic link leads outside the content folder; copy the file in instead");
                        continue;
                    }
                    if (Files.isDirectory(target)) {
                        problems.add(display, 1, "linked folders are not supported; use a real folder");
                        continue;
                    }
                }
                if (Files.isDirectory(path)) {
                    continue;
                }
                Admission admission = admit(relative, Files.size(path), problems);
                if (admission == Admission.STOP) {
                    break;
                }
                if (admission == Admission.TAKE) {
                    files.put(relative, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            problems.add(folderName, 1, "cannot read the folder: " + e.getMessage());
        }
        this.fingerprint = fingerprintOf(files);
    }

    private CourseFiles(String folderName, Map<String, byte[]> given, Problems problems) {
        this.folderName = folderName;
        for (var file : new TreeMap<>(given).entrySet()) {
            String relative = file.getKey();
            if (relative.isEmpty() || isSkipped(relative)) {
                continue;
            }
            Admission admission = admit(relative, file.getValue().length, problems);
            if (admission == Admission.STOP) {
                break;
            }
            if (admission == Admission.TAKE) {
                files.put(relative, file.getValue());
            }
        }
        this.fingerprint = fingerprintOf(files);
    }

    private enum Admission { TAKE, SKIP, STOP }

    /** The same limits for a folder on disk and for files held in memory (a draft, an uploaded zip). */
    private Admission admit(String relative, long size, Problems problems) {
        String display = display(relative);
        if (files.size() >= ContentLimits.FILES_PER_COURSE) {
            problems.add(display, 1, "more than " + ContentLimits.FILES_PER_COURSE + " files in one course");
            return Admission.STOP;
        }
        long limit = limitFor(relative);
        if (size > limit) {
            problems.add(display, 1, "file is " + ContentLimits.kilobytes(size) + ", larger than the limit of " + ContentLimits.kilobytes(limit));
            return Admission.SKIP;
        }
        total += size;
        if (total > ContentLimits.COURSE_BYTES) {
            problems.add(display, 1, "the course folder is larger than " + ContentLimits.kilobytes(ContentLimits.COURSE_BYTES));
            return Admission.STOP;
        }
        return Admission.TAKE;
    }

    /** Files held in memory, keyed by their path relative to the course folder. */
    static CourseFiles of(String folderName, Map<String, byte[]> files, Problems problems) {
        return new CourseFiles(folderName, files, problems);
    }

    /** Every file that was read, by path: what a course's source is. */
    Map<String, byte[]> all() {
        return java.util.Collections.unmodifiableMap(files);
    }

    static CourseFiles read(Path root, Path folder, Problems problems) {
        return new CourseFiles(folder.getFileName().toString(), root, folder, problems);
    }

    /** A SHA-256 over every path and its bytes: equal fingerprints mean identical content. */
    String fingerprint() {
        return fingerprint;
    }

    Optional<byte[]> bytes(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean exists(String path) {
        return files.containsKey(path);
    }

    Stream<String> paths() {
        return files.keySet().stream();
    }

    /** The path as shown in problems: relative to the content folder. */
    String display(String relative) {
        return folderName + "/" + relative;
    }

    static Optional<String> typeOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(FILE_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static boolean isSkipped(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static long limitFor(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return ContentLimits.MANIFEST_BYTES;
        }
        return lower.endsWith(".md") ? ContentLimits.PAGE_BYTES : ContentLimits.FILE_BYTES;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprintOf(Map<String, byte[]> files) {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (var file : files.entrySet()) {
                all.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                all.update((byte) 0);
                all.update(MessageDigest.getInstance("SHA-256").digest(file.getValue()));
            }
            return HexFormat.of().formatHex(all.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
