package org.collabacademy.base.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Our Markdown: CommonMark with GitHub tables and call-out boxes ({@code > [!TIP] Title}), always
 * followed by the {@link SafeHtml} allow-list. Parsing keeps source positions, so that whoever checks
 * links can report the line.
 */
public final class Markdown {

    /** The call-out kinds, as written after {@code [!} in a block quote. */
    public static final Set<String> CALLOUT_KINDS = Set.of("example", "tip", "note", "warning");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Markdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /**
     * Renders a parsed document to sanitized HTML. {@code calloutLabel} gives the default title of a
     * call-out kind in the reader's language (used when the author wrote none).
     */
    public static String toSafeHtml(Node document, Function<String, String> calloutLabel) {
        return SafeHtml.sanitize(renderer(calloutLabel, false).render(document));
    }

    /**
     * A member's post: raw HTML in the Markdown is shown as text, not interpreted, and the stricter post
     * allow-list applies (images only from the forum's attachments, links marked as user content).
     */
    public static String postToSafeHtml(Node document, Function<String, String> calloutLabel) {
        return SafeHtml.sanitizePost(renderer(calloutLabel, true).render(document));
    }

    private static HtmlRenderer renderer(Function<String, String> calloutLabel, boolean escapeHtml) {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(escapeHtml)
                .sanitizeUrls(escapeHtml)
                .nodeRendererFactory(context -> new CalloutRenderer(context, calloutLabel))
                // links into the app ("/courses/…") navigate inside the running UI instead of reloading the page
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link link && link.getDestination().startsWith("/") && !link.getDestination().startsWith("//")) {
                        attributes.put("router-link", "");
                    }
                })
                .build();
    }

    /** Markdown text straight to safe HTML, with English call-out titles. */
    public static String toSafeHtml(String markdown) {
        return toSafeHtml(parse(markdown), kind -> DEFAULT_LABELS.getOrDefault(kind, kind));
    }

    private static final Map<String, String> DEFAULT_LABELS = Map.of("example", "Example", "tip", "Tip", "note", "Note", "warning", "Warning");

    /** The kind and title of a call-out block quote, if the quote starts with {@code [!KIND]}. */
    public record Callout(String kind, String title) {

        public static java.util.Optional<Callout> of(BlockQuote quote) {
            if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
                String literal = text.getLiteral();
                int close = literal.indexOf(']');
                if (literal.startsWith("[!") && close > 2) {
                    String kind = literal.substring(2, close).toLowerCase(Locale.ROOT);
                    if (CALLOUT_KINDS.contains(kind)) {
                        return java.util.Optional.of(new Callout(kind, literal.substring(close + 1).strip()));
                    }
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Renders {@code > [!TIP] Title} quotes as {@code <aside class="callout callout-tip">}. */
    private static final class CalloutRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Function<String, String> label;

        CalloutRenderer(HtmlNodeRendererContext context, Function<String, String> label) {
            this.context = context;
            this.html = context.getWriter();
            this.label = label;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(BlockQuote.class);
        }

        @Override
        public void render(Node node) {
            BlockQuote quote = (BlockQuote) node;
            var callout = Callout.of(quote);
            if (callout.isEmpty()) {
                html.line();
                html.tag("blockquote");
                renderChildren(quote.getFirstChild());
                html.tag("/blockquote");
                html.line();
                return;
            }
            String kind = callout.get().kind();
            String title = callout.get().title().isEmpty() ? label.apply(kind) : callout.get().title();
            html.line();
            html.tag("aside", Map.of("class", "callout callout-" + kind));
            html.tag("p", Map.of("class", "callout-title"));
            html.text(title);
            html.tag("/p");
            // the first paragraph held only the marker line; its further lines are body text
            Paragraph first = (Paragraph) quote.getFirstChild();
            Node afterMarker = first.getFirstChild().getNext();
            if (afterMarker != null) {
                html.tag("p");
                renderChildren(afterMarker);
                html.tag("/p");
            }
            renderChildren(first.getNext());
            html.tag("/aside");
            html.line();
        }

        private void renderChildren(Node from) {
            for (Node child = from; child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
