package org.collabacademy.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>hello | <script",
            "<img src=x onerror=alert(1)> | onerror",
            "[click](javascript:alert(1)) | javascript:",
            "<a href=\"javascript:alert(1)\">x</a> | javascript:",
            "<iframe src=\"https://evil.example\"></iframe> | <iframe",
            "<p style=\"position:fixed\">x</p> | style=",
            "<form action=\"/x\"><input name=a></form> | <input",
            "<svg><script>alert(1)</script></svg> | <svg",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a> | data:",
            "<div onclick=\"steal()\">x</div> | onclick",
            "<object data=\"x.swf\"></object> | <object"
    })
    void hostile_html_is_removed(String markdown, String forbidden) {
        assertThat(Markdown.toSafeHtml(markdown)).doesNotContainIgnoringCase(forbidden);
    }

    @Test
    void formatting_tables_and_callouts_survive() {
        String html = Markdown.toSafeHtml("""
                ## Title

                Some **bold** and *italic* text with a [link](https://example.org).

                | a | b |
                | --- | --- |
                | 1 | 2 |

                > [!WARNING] Mind the gap
                > Keep your distance.

                > A plain quote.
                """);
        assertThat(html).contains("<h2>Title</h2>", "<strong>bold</strong>", "<em>italic</em>", "<table>", "<td>1</td>",
                "<aside class=\"callout callout-warning\"><p class=\"callout-title\">Mind the gap</p>",
                "Keep your distance.", "<blockquote>", "rel=\"noopener noreferrer\"");
    }

    @Test
    void lists_become_html_lists() {
        String html = Markdown.toSafeHtml("""
                Before the list.

                - training
                - new products
                - customer service

                1. find a partner
                2. agree on a goal
                """);
        assertThat(html).contains("<ul>", "<li>training</li>", "<li>new products</li>", "<li>customer service</li>", "</ul>",
                "<ol>", "<li>find a partner</li>", "<li>agree on a goal</li>", "</ol>");
        assertThat(html.split("<li>", -1)).hasSize(6);
    }

    @Test
    void links_into_the_app_navigate_inside_it() {
        assertThat(Markdown.toSafeHtml("[next](/courses/c/m/p)")).contains("href=\"/courses/c/m/p\"").contains("router-link");
        assertThat(Markdown.toSafeHtml("[web](https://example.org)")).doesNotContain("router-link");
    }

    @Test
    void a_callout_without_a_title_gets_the_label_of_its_kind() {
        assertThat(Markdown.toSafeHtml("> [!TIP]\n> Do it.")).contains("<p class=\"callout-title\">Tip</p>", "Do it.");
    }
}
