package org.collabacademy.course.content;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.collabacademy.base.Language;
import org.collabacademy.base.markdown.Markdown;
import org.collabacademy.course.content.CourseContent.PageText;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/**
 * Turns one Markdown page file into its title and safe HTML: reads the optional front matter, checks
 * every link and image against the course, and points them to the reader and the served files.
 */
final class PageReader {

    /** Where the pages of the course are: module folder → (module id, its page ids). */
    record CourseIndex(Map<String, ModuleIndex> modulesByFolder) {
    }

    record ModuleIndex(String id, Set<String> pageIds) {
    }

    private static final Map<Language, Map<String, String>> CALLOUT_LABELS = Map.of(
            Language.ENGLISH, Map.of("example", "Example", "tip", "Tip", "note", "Note", "warning", "Caution"),
            Language.GERMAN, Map.of("example", "Beispiel", "tip", "Tipp", "note", "Hinweis", "warning", "Vorsicht"),
            Language.RUSSIAN, Map.of("example", "Пример", "tip", "Совет", "note", "Примечание", "warning", "Внимание"),
            Language.SPANISH, Map.of("example", "Ejemplo", "tip", "Consejo", "note", "Nota", "warning", "Atención"));

    private final CourseFiles files;
    private final CourseIndex index;
    private final ContentLinks links;
    private final Problems problems;

    PageReader(CourseFiles files, CourseIndex index, ContentLinks links, Problems problems) {
        this.files = files;
        this.index = index;
        this.links = links;
        this.problems = problems;
    }

    /** Reads {@code path} (relative to the course folder) of a page in {@code moduleFolder}. */
    Optional<PageText> read(String moduleFolder, String path, Language language) {
        return read(moduleFolder, path, language, false);
    }

    /**
     * Reads a page; {@code evenWithProblems} renders it anyway (broken links point nowhere), for a trainer's
     * preview that must keep showing the page while its problems are listed beside it.
     */
    Optional<PageText> read(String moduleFolder, String path, Language language, boolean evenWithProblems) {
        String display = files.display(path);
        Optional<String> source = files.bytes(path).flatMap(bytes -> utf8(display, bytes));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String text = source.get().replace("\r\n", "\n");
        int before = problems.count();
        String title = null;
        int bodyStart = 0;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end < 0) {
                problems.add(display, 1, "front matter starts with '---' but has no closing '---' line");
                return Optional.empty();
            }
            String yaml = text.substring(4, end + 1);
            Optional<YamlMap> frontMatter = YamlMap.parse(display, "\n" + yaml, problems);
            if (frontMatter.isPresent()) {
                frontMatter.get().allowOnly(Set.of("title"));
                title = frontMatter.get().text("title", false).map(Located::value).orElse(null);
            }
            int afterClosing = text.indexOf('\n', end + 1);
            bodyStart = afterClosing < 0 ? text.length() : afterClosing + 1;
        }
        int lineOffset = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        Node document = Markdown.parse(text.substring(bodyStart));
        if (title == null) {
            title = takeFirstHeading(document);
        }
        if (title == null) {
            problems.add(display, 1, "the page has no title: add front matter 'title:' or start with a '# Heading'");
        }
        checkAndPointLinks(document, moduleFolder, display, lineOffset);
        if (!evenWithProblems && (problems.count() > before || title == null)) {
            return Optional.empty();
        }
        Map<String, String> labels = CALLOUT_LABELS.get(language);
        Function<String, String> label = kind -> labels.getOrDefault(kind, kind);
        return Optional.of(new PageText(title == null ? "" : title, Markdown.toSafeHtml(document, label)));
    }

    private Optional<String> utf8(String display, byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(display, 1, "the file is not UTF-8 text");
            return Optional.empty();
        }
    }

    private static @Nullable String takeFirstHeading(Node document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            StringBuilder title = new StringBuilder();
            heading.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    title.append(text.getLiteral());
                }
            });
            heading.unlink();
            return title.toString().strip();
        }
        return null;
    }

    private void checkAndPointLinks(Node document, String moduleFolder, String display, int lineOffset) {
        List<Node> targets = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                targets.add(image);
                visitChildren(image);
            }
        });
        for (Node node : targets) {
            int line = node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().getFirst().getLineIndex() + 1 + lineOffset;
            boolean image = node instanceof Image;
            String destination = image ? ((Image) node).getDestination() : ((Link) node).getDestination();
            String pointed = point(destination, image, moduleFolder, display, line);
            if (image) {
                ((Image) node).setDestination(pointed);
            } else {
                ((Link) node).setDestination(pointed);
            }
        }
    }

    /** A link written outside a page (a quiz's help link), checked and pointed like links in pages. */
    String link(String moduleFolder, String destination, String display, int line) {
        return point(destination, false, moduleFolder, display, line);
    }

    /** Checks one link or image target and returns where it must point in the app. */
    private String point(String destination, boolean image, String moduleFolder, String display, int line) {
        String lower = destination.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || (!image && lower.startsWith("mailto:"))) {
            return destination;
        }
        if (!image && destination.startsWith("#")) {
            return destination;
        }
        if (!image && lower.startsWith("app:")) {
            String path = destination.substring("app:".length());
            if (!AppLinks.DESTINATIONS.contains(path)) {
                problems.add(display, line, "'" + destination + "': unknown place in the app (known: "
                        + String.join(", ", new java.util.TreeSet<>(AppLinks.DESTINATIONS)) + ")");
                return "";
            }
            return "/" + path;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || destination.startsWith("//")) {
            problems.add(display, line, "'" + destination + "': links may use only https, http and mailto");
            return "";
        }
        if (destination.startsWith("/")) {
            problems.add(display, line, "'" + destination + "': use a path relative to this page, not one starting with /");
            return "";
        }
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? "" : destination.substring(hash);
        String target = resolve(moduleFolder, hash < 0 ? destination : destination.substring(0, hash));
        if (target == null) {
            problems.add(display, line, "'" + destination + "' points outside the course folder");
            return "";
        }
        if (target.endsWith(".md")) {
            if (image) {
                problems.add(display, line, "'" + destination + "' is a page, not an image");
                return "";
            }
            return pageLink(target, destination, display, line).map(url -> url + fragment).orElse("");
        }
        if (!files.exists(target)) {
            problems.add(display, line, (image ? "image" : "file") + " '" + destination + "' does not exist");
            return "";
        }
        Optional<String> type = CourseFiles.typeOf(target);
        if (type.isEmpty() || image && !type.get().startsWith("image/")) {
            problems.add(display, line, "'" + destination + "': " + (image ? "images must be PNG, JPEG, GIF, WebP or SVG"
                    : "unsupported file type (allowed: " + String.join(", ", new java.util.TreeSet<>(CourseFiles.FILE_TYPES.keySet())) + ")"));
            return "";
        }
        return links.file(target);
    }

    private Optional<String> pageLink(String target, String destination, String display, int line) {
        int slash = target.lastIndexOf('/');
        String folder = slash < 0 ? "" : target.substring(0, slash);
        String pageId = target.substring(slash + 1, target.length() - ".md".length());
        int languageDot = pageId.lastIndexOf('.');
        if (languageDot > 0) {
            pageId = pageId.substring(0, languageDot); // a link to a translation means the page
        }
        ModuleIndex module = index.modulesByFolder().get(folder);
        if (module == null || !module.pageIds().contains(pageId)) {
            problems.add(display, line, "link to page '" + destination + "', which does not exist (or is not listed in its module.yaml)");
            return Optional.empty();
        }
        return Optional.of(links.page(module.id(), pageId));
    }

    /** Resolves a relative path against a module folder; null if it climbs out of the course. */
    private static @Nullable String resolve(String moduleFolder, String relative) {
        String decoded;
        try {
            // Markdown authors write spaces as %20; a literal + stays a +
            decoded = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            decoded = relative;
        }
        List<String> parts = new ArrayList<>(List.of(moduleFolder.split("/")));
        for (String part : decoded.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
