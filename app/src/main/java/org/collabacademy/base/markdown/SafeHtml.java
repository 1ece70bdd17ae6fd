package org.collabacademy.base.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for user- and trainer-written HTML (OWASP Java HTML Sanitizer). Formatting, lists,
 * tables, links, images and our call-out boxes survive; scripts, styles, event handlers, frames and
 * forms do not.
 */
public final class SafeHtml {

    private static final Pattern CALLOUT_CLASS = Pattern.compile("callout( callout-(example|tip|note|warning))?|callout-title");
    private static final Pattern CODE_CLASS = Pattern.compile("language-[a-zA-Z0-9_+-]{1,30}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "ul", "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup",
                    "mark", "small", "abbr", "span", "div", "figure", "figcaption",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "aside", "a", "img")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,2}")).onElements("th", "td")
            .allowAttributes("title").globally()
            .allowAttributes("class").matching(CALLOUT_CLASS).onElements("aside", "p")
            .allowAttributes("class").matching(CODE_CLASS).onElements("code")
            .allowAttributes("href").onElements("a")
            .allowAttributes("router-link").matching(Pattern.compile("")).onElements("a")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    /** Images in members' posts: only the forum's own checked attachments, never a tracking pixel from elsewhere. */
    private static final Pattern ATTACHMENT = Pattern.compile("/forum/attachments/\\d{1,18}");

    /**
     * Members' posts: the same allow-list, except that images must be attachments and every link is marked as
     * user content (search engines give it no credit, so spam links gain nothing).
     */
    private static final PolicyFactory POST_POLICY = new HtmlPolicyBuilder()
            .allowElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowAttributes("src").matching(ATTACHMENT).onElements("img")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory()
            .and(new HtmlPolicyBuilder()
                    .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                            "ul", "ol", "li", "strong", "b", "em", "i", "s", "del", "table", "thead", "tbody", "tr", "th", "td",
                            "aside", "a", "span")
                    .allowAttributes("start").onElements("ol")
                    .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
                    .allowAttributes("class").matching(CALLOUT_CLASS).onElements("aside", "p")
                    .allowAttributes("class").matching(CODE_CLASS).onElements("code")
                    .allowAttributes("class").matching(Pattern.compile("mention")).onElements("span")
                    .allowAttributes("href").onElements("a")
                    .allowAttributes("router-link").matching(Pattern.compile("")).onElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow", "ugc")
                    .toFactory());

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    public static String sanitizePost(String html) {
        return POST_POLICY.sanitize(html);
    }
}
