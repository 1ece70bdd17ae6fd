package org.collabacademy.forum;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.markdown.Markdown;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What members write, checked and rendered: size limits, invisible characters removed, Markdown turned into
 * HTML through the shared allow-list, plain text for search, the handles mentioned and whether it links out.
 */
final class PostText {

    static final int MAX_LENGTH = 20_000;
    static final int MAX_TITLE = 200;
    static final int MAX_MENTIONS = 20;

    /** Zero-width and direction-override characters: invisible, and used to disguise words, names and links. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069\\u00AD]");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{Ll}\\p{N}][\\p{Ll}\\p{N}.-]{0,58}[\\p{Ll}\\p{N}])");
    private static final Pattern BARE_LINK = Pattern.compile("(?i)\\b(https?://|www\\.)");

    /** A post's text in every form the forum needs. */
    record Rendered(String markdown, String html, String plain, Set<String> mentions, boolean links) {
    }

    private PostText() {
    }

    /** Checks and renders a post body; {@code field} names the form field in messages. */
    static Rendered render(String written, String field) {
        String markdown = clean(written);
        if (markdown.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "forum.too-long", MAX_LENGTH, markdown.length());
        }
        Node document = Markdown.parse(markdown);
        Inspection inspection = new Inspection();
        document.accept(inspection);
        if (inspection.mentions.size() > MAX_MENTIONS) {
            throw new InvalidInput(field, "forum.too-many-mentions", MAX_MENTIONS);
        }
        String html = Markdown.postToSafeHtml(document, kind -> kind);
        return new Rendered(markdown, html, inspection.plain.toString().strip(), Set.copyOf(inspection.mentions), inspection.links);
    }

    /** Renders for the live preview: the same HTML, without refusing (the save will say what is wrong). */
    static String preview(String written) {
        String markdown = clean(written);
        if (markdown.length() > MAX_LENGTH) {
            markdown = markdown.substring(0, MAX_LENGTH);
        }
        return Markdown.postToSafeHtml(Markdown.parse(markdown), kind -> kind);
    }

    static String title(String written) {
        String title = clean(written).replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            throw new InvalidInput("title", "validation.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInput("title", "validation.too-long", MAX_TITLE);
        }
        return title;
    }

    /** Control characters (but line breaks and tabs) and invisible characters removed. */
    static String clean(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        StringBuilder clean = new StringBuilder(visible.length());
        visible.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || !Character.isISOControl(cp)) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString().replace("\r", "");
    }

    /** The handles written as {@code @handle} in a text (lower case, as handles are). */
    static Set<String> mentionsIn(String text) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            handles.add(matcher.group(1));
        }
        return handles;
    }

    /** Collects text outside code (for search and mentions) and notices links. */
    private static final class Inspection extends AbstractVisitor {
        final StringBuilder plain = new StringBuilder();
        final Set<String> mentions = new LinkedHashSet<>();
        boolean links;

        @Override
        public void visit(Text text) {
            plain.append(text.getLiteral()).append(' ');
            mentions.addAll(mentionsIn(text.getLiteral()));
            links |= BARE_LINK.matcher(text.getLiteral()).find();
        }

        @Override
        public void visit(Code code) {
            plain.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(FencedCodeBlock code) {
            plain.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            plain.append(code.getLiteral()).append(' ');
        }

        @Override
        public void visit(Link link) {
            links = true;
            visitChildren(link);
        }
    }
}
