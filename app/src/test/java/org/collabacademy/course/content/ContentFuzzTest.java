package org.collabacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.collabacademy.base.markdown.Markdown;
import org.collabacademy.base.markdown.SafeHtml;

/**
 * Property-based fuzzing (jqwik, a bounded number of tries per build) of what trainers and members write:
 * the course reader never fails with an exception whatever a page, a manifest or a GIFT file holds (it
 * reports problems instead), and rendered or sanitized HTML never carries script, whatever the input.
 */
class ContentFuzzTest {

    private static final Map<String, byte[]> TINY = tinyCourse();

    /** Fragments that stress the parsers: markup, YAML syntax, GIFT syntax, hostile HTML, odd characters. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> fragments = Arbitraries.of(
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<svg onload=alert(1)>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">", "<style>*{background:url(javascript:alert(1))}</style>",
                "\u200b<scr\u200bipt>", "![i](../../../etc/passwd)", "{=a ~b}", "::id:: q {T}", "{#5:0.5}", "$CATEGORY: x", "// c",
                "{", "}", "~", "=", "#", ":", "- ", "  - ", "key: value", "&a [*a, *a]", "!!python/object:os.system", "---", "> [!tip]",
                "\n", "\t", "| a | b |", "|---|---|", "# Title", "```", "\u0000", "\uFFFF", "😀", "а", "'", "\"", "\\");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(40).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(400));
    }

    @Property(tries = 300)
    void a_page_of_any_text_is_read_or_refused_and_never_renders_script(@ForAll("hostileText") String text) {
        Map<String, byte[]> files = new TreeMap<>(TINY);
        files.put("01-first/welcome.md", ("# Welcome\n\n" + text).getBytes(StandardCharsets.UTF_8));
        CourseReading reading = read(files);
        if (reading.isValid()) {
            reading.course().modules().forEach(m -> m.pages().forEach(p -> p.texts().values().forEach(t -> assertNoScript(t.html()))));
        } else {
            assertThat(reading.problems()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void a_gift_file_of_any_text_is_read_or_refused_with_problems(@ForAll("hostileText") String text) {
        Map<String, byte[]> files = new TreeMap<>(TINY);
        files.put("01-first/more.gift", text.getBytes(StandardCharsets.UTF_8));
        CourseReading reading = read(files);
        assertThat(reading.isValid() || !reading.problems().isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void a_module_manifest_of_any_text_is_read_or_refused_with_problems(@ForAll("hostileText") String text) {
        Map<String, byte[]> files = new TreeMap<>(TINY);
        files.put("01-first/module.yaml", text.getBytes(StandardCharsets.UTF_8));
        CourseReading reading = read(files);
        assertThat(reading.isValid() || !reading.problems().isEmpty()).isTrue();
        assertThat(reading.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Property(tries = 500)
    void the_sanitizers_never_let_script_through(@ForAll("hostileText") String text) {
        assertNoScript(Markdown.toSafeHtml(text));
        assertNoScript(SafeHtml.sanitize(text));
        assertNoScript(SafeHtml.sanitizePost(text));
    }

    /** Parsed as a browser would: no script-bearing element, no event handler, no script or HTML-data address. */
    private static void assertNoScript(String html) {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, style, svg, iframe, object, embed, form, base, meta, link")).as(html).isEmpty();
        for (org.jsoup.nodes.Element element : document.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}\u200b]", "").toLowerCase(java.util.Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on");
                assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text/html");
            }
        }
    }

    private static CourseReading read(Map<String, byte[]> files) {
        return CourseFolder.inMemory("tiny", files).read((id, fingerprint) -> ContentLinks.forValidation(id));
    }

    private static Map<String, byte[]> tinyCourse() {
        Path root = ContentCases.content("valid").resolve("tiny");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
