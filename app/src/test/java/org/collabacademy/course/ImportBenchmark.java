package org.collabacademy.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.collabacademy.CollabAcademyApplication;
import org.collabacademy.course.content.ContentFolder;
import org.collabacademy.course.content.ContentLinks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark (not a test): import time of the shipped course and of a generated course 100 times larger,
 * side by side in one run, per page. Run it with the command in the README's "Performance" section.
 */
public final class ImportBenchmark {

    private static final int SCALE = 100;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path shipped = findContentFolder();
        Path work = Files.createTempDirectory("import-benchmark");
        Path small = Files.createDirectories(work.resolve("small"));
        Path large = Files.createDirectories(work.resolve("large"));
        FileSystemUtils.copyRecursively(shipped.resolve("collaborate-to-compete"), small.resolve("collaborate-to-compete"));
        generateLarger(shipped.resolve("collaborate-to-compete"), large.resolve("collaborate-to-compete-x" + SCALE));

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CollabAcademyApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--collabacademy.content.import-at-start=false", "--server.port=0", "--logging.level.root=warn",
                "--logging.structured.format.console=", "--spring.main.banner-mode=off")) {
            ContentImport importer = context.getBean(ContentImport.class);
            // warm up the JIT on both sizes, so that the first measured folder is not penalised
            for (int i = 0; i < 3; i++) {
                new ContentFolder(small).readAll((id, fp) -> ContentLinks.forValidation(id));
                new ContentFolder(large).readAll((id, fp) -> ContentLinks.forValidation(id));
            }
            Result smallResult = measure("shipped course", small, importer);
            Result largeResult = measure("generated x" + SCALE, large, importer);

            System.out.println();
            System.out.printf(Locale.ROOT, "%-18s %7s %14s %14s %14s %16s %16s%n", "content", "pages",
                    "check ms", "first import ms", "re-import ms", "check ms/page", "import ms/page");
            for (Result r : List.of(smallResult, largeResult)) {
                System.out.printf(Locale.ROOT, "%-18s %7d %14.1f %14.1f %14.1f %16.3f %16.3f%n", r.name, r.pages,
                        r.checkMs, r.importMs, r.reimportMs, r.checkMs / r.pages, r.importMs / r.pages);
            }
            System.out.printf(Locale.ROOT, "%nratio per page (x%d course / shipped course): check %.2f, first import %.2f, re-import %.2f%n",
                    SCALE, (largeResult.checkMs / largeResult.pages) / (smallResult.checkMs / smallResult.pages),
                    (largeResult.importMs / largeResult.pages) / (smallResult.importMs / smallResult.pages),
                    (largeResult.reimportMs / largeResult.pages) / (smallResult.reimportMs / smallResult.pages));
            System.out.println("(median of " + ROUNDS + " rounds; a ratio near 1 means import time grows linearly with the content)");
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private record Result(String name, int pages, double checkMs, double importMs, double reimportMs) {
    }

    private static Result measure(String name, Path folder, ContentImport importer) {
        int pages = new ContentFolder(folder).readAll((id, fp) -> ContentLinks.forValidation(id)).getFirst().course().pageCount();
        double check = median(() -> new ContentFolder(folder).readAll((id, fp) -> ContentLinks.forValidation(id)));
        List<Double> firsts = new ArrayList<>();
        List<Double> agains = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path copy = folder.resolveSibling(folder.getFileName() + "-" + round);
            copyWithNewId(folder, copy, round);
            firsts.add(time(() -> importer.importAll(copy)));
            agains.add(time(() -> importer.importAll(copy)));
        }
        return new Result(name, pages, check, middle(firsts), middle(agains));
    }

    /** Each round imports the course under a fresh id, so that "first import" really writes everything. */
    private static void copyWithNewId(Path folder, Path copy, int round) {
        try {
            FileSystemUtils.copyRecursively(folder, copy);
            try (Stream<Path> courses = Files.list(copy)) {
                for (Path course : courses.toList()) {
                    Path manifest = course.resolve("course.yaml");
                    Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^id: (.*)$", "id: $1-r" + round));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(Supplier<?> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            times.add(time(work));
        }
        return middle(times);
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double middle(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** The shipped course with every module repeated {@value #SCALE} times (renamed, links rewritten). */
    private static void generateLarger(Path course, Path target) throws IOException {
        List<String> modules;
        try (Stream<Path> children = Files.list(course)) {
            modules = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        StringBuilder moduleList = new StringBuilder();
        for (int copy = 1; copy <= SCALE; copy++) {
            for (String module : modules) {
                Path into = target.resolve(module + "-" + copy);
                FileSystemUtils.copyRecursively(course.resolve(module), into);
                Path manifest = into.resolve("module.yaml");
                Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^id: (.*)$", "id: $1-" + copy));
                try (Stream<Path> pages = Files.list(into)) {
                    for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                        String text = Files.readString(page);
                        for (String other : modules) {
                            text = text.replace("../" + other + "/", "../" + other + "-" + copy + "/");
                        }
                        Files.writeString(page, text);
                    }
                }
                moduleList.append("  - ").append(module).append('-').append(copy).append('\n');
            }
        }
        String manifest = Files.readString(course.resolve("course.yaml"))
                .replaceFirst("(?m)^id: (.*)$", "id: $1-x" + SCALE)
                .replaceFirst("(?s)modules:.*$", "modules:\n" + moduleList);
        Files.createDirectories(target);
        Files.writeString(target.resolve("course.yaml"), manifest);
    }

    private static Path findContentFolder() {
        for (Path candidate : List.of(Path.of("course-content"), Path.of("../course-content"))) {
            if (Files.isDirectory(candidate.resolve("collaborate-to-compete"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("run from the repository root or app/: course-content/ not found");
    }
}
