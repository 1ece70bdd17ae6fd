package org.collabacademy.certificate;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.collabacademy.CollabAcademyApplication;
import org.collabacademy.base.Language;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (not a test), side by side in one run: certificates per second on a warm JVM (one thread and
 * one per core) against a bare PDFBox page with the same embedded font; the first certificate's latency in
 * a fresh JVM (measured in a child process); and handout time per page for module 1 in English and Russian.
 */
public final class CertificateBenchmark {

    private static final String NAME = "Zoë Müller-Łukasiewicz";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("first")) {
            firstCertificate();
            return;
        }
        CertificatePdf pdf = new CertificatePdf(new PdfFonts());
        PdfFonts fonts = new PdfFonts();
        int cores = Runtime.getRuntime().availableProcessors();
        rate(() -> pdf.render(CertificatePdfTest.content(NAME, "Collaborate to Compete")), 1, 3); // warm-up
        rate(() -> bare(fonts), 1, 3);
        double one = rate(() -> pdf.render(CertificatePdfTest.content(NAME, "Collaborate to Compete")), 1, 10);
        double all = rate(() -> pdf.render(CertificatePdfTest.content(NAME, "Collaborate to Compete")), cores, 10);
        double bareOne = rate(() -> bare(fonts), 1, 10);
        double cjk = rate(() -> pdf.render(CertificatePdfTest.content("山田 太郎 · Анна Кузнецова", "Сотрудничать, чтобы конкурировать")), 1, 10);
        double[] first = fresh();

        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %10s%n", "certificates (A4, PDF/A-1b, 4 embedded font subsets, QR)", "per second");
        System.out.printf(Locale.ROOT, "%-58s %10.0f%n", "warm, 1 thread, Latin name", one);
        System.out.printf(Locale.ROOT, "%-58s %10.0f%n", "warm, 1 thread, CJK + Cyrillic name", cjk);
        System.out.printf(Locale.ROOT, "%-58s %10.0f%n", "warm, " + cores + " threads, Latin name", all);
        System.out.printf(Locale.ROOT, "%-58s %10.0f%n", "bare PDFBox page, 1 embedded font subset, 1 thread", bareOne);
        System.out.printf(Locale.ROOT, "ratio certificate / bare page (1 thread): %.2f; %d threads / 1 thread: %.2f%n", one / bareOne, cores, all / one);
        System.out.printf(Locale.ROOT, "%nfirst certificate in a fresh JVM: %.0f ms for the render call (fonts, classes), %.0f ms from JVM start%n",
                first[0], first[1]);

        handouts();
        System.out.println("(" + cores + " cores)");
    }

    /** Rendering per second over {@code seconds}, with {@code threads} threads rendering at once. */
    private static double rate(Runnable render, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Integer>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    render.run();
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /** The baseline: one page, one line of text in one subset-embedded font, saved. */
    private static void bare(PdfFonts fonts) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font = fonts.load(document).font(PdfFonts.Face.SANS);
            try (PDPageContentStream draw = new PDPageContentStream(document, page)) {
                draw.beginText();
                draw.setFont(font, 24);
                draw.newLineAtOffset(100, 500);
                draw.showText(NAME);
                draw.endText();
            }
            document.save(new ByteArrayOutputStream());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs this class with "first" in a new JVM and reads its two figures. */
    private static double[] fresh() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", classpath(), CertificateBenchmark.class.getName(), "first")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        child.waitFor();
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        try {
            return Arrays.stream(last.split(" ")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the child JVM said: " + output);
        }
    }

    /** In the fresh JVM: the first certificate, timed from the call and from JVM start. */
    private static void firstCertificate() {
        long start = System.nanoTime();
        new CertificatePdf(new PdfFonts()).render(CertificatePdfTest.content(NAME, "Collaborate to Compete"));
        double call = (System.nanoTime() - start) / 1e6;
        double sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(call + " " + sinceJvmStart);
    }

    /** exec:java runs us in a class loader of its own; the child JVM needs that class path. */
    private static String classpath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return new File(url.toURI()).getPath();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    /** Handouts of module 1 through the running application (content imported into an in-memory database). */
    private static void handouts() throws Exception {
        Path content = Files.isDirectory(Path.of("course-content")) ? Path.of("course-content") : Path.of("../course-content");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CollabAcademyApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:certificate-benchmark;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--collabacademy.content.dir=" + content, "--server.port=0", "--logging.level.root=warn",
                "--logging.structured.format.console=", "--spring.main.banner-mode=off")) {
            Handouts handouts = context.getBean(Handouts.class);
            CourseOutline course = context.getBean(CourseCatalog.class).course("collaborate-to-compete").orElseThrow();
            CourseOutline.ModuleOutline module = course.module("examples-of-collaborations").orElseThrow();
            SignedIn reader = new Reader();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(reader, null, AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
            System.out.printf(Locale.ROOT, "%nhandout of module 1 %-10s %8s %12s %12s %14s%n", "", "pages", "render ms", "ms per page", "cached ms");
            for (Language language : List.of(Language.ENGLISH, Language.RUSSIAN)) {
                for (int i = 0; i < 3; i++) {
                    handouts.render(course, module, language); // warm-up
                }
                List<Double> rendered = new ArrayList<>();
                int pages = 0;
                for (int i = 0; i < 10; i++) {
                    long start = System.nanoTime();
                    byte[] pdf = handouts.render(course, module, language);
                    rendered.add((System.nanoTime() - start) / 1e6);
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        pages = document.getNumberOfPages();
                    }
                }
                handouts.handout(course.key(), module.key(), language);
                List<Double> cached = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    long start = System.nanoTime();
                    handouts.handout(course.key(), module.key(), language);
                    cached.add((System.nanoTime() - start) / 1e6);
                }
                double median = median(rendered);
                System.out.printf(Locale.ROOT, "%-30s %8d %12.0f %12.1f %14.3f%n", language.nativeName(), pages, median, median / pages, median(cached));
            }
            SecurityContextHolder.clearContext();
        }
    }

    private static double median(List<Double> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private record Reader() implements SignedIn {
        @Override
        public long userId() {
            return 1;
        }

        @Override
        public String displayName() {
            return "Benchmark Reader";
        }

        @Override
        public String email() {
            return "reader@benchmark.example";
        }

        @Override
        public String organization() {
            return "Benchmark Ltd";
        }
    }
}
