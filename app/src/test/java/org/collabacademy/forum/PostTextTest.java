package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.collabacademy.base.InvalidInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What members write, through the real Markdown renderer and post allow-list. */
class PostTextTest {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "code", "ul", "ol", "li", "strong", "b", "em", "i", "s", "del", "table", "thead", "tbody", "tr", "th", "td", "aside", "a",
            "span", "img", "html", "head", "body", "#root");

    static Stream<String> corpus() throws IOException {
        try (InputStream in = PostTextTest.class.getResourceAsStream("/forum/xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.replace("\\n", "\n").replace("\\u200B", "\u200B").replace("\\u202E", "\u202E")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void stored_xss_attempts_come_out_harmless(String hostile) {
        String html = PostText.render(hostile, "text").html();
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            assertThat(ALLOWED_ELEMENTS).as("element <%s> in %s", element.tagName(), html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                assertThat(name).as("attribute %s in %s", name, html).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href")) {
                    // an empty href (what a refused URL becomes) links nowhere
                    assertThat(attribute.getValue()).as(html).matches("(?i)(https?://.*|mailto:.*|/(?!/).*|#.*|)");
                }
                if (name.equals("src")) {
                    assertThat(attribute.getValue()).as(html).matches("/forum/attachments/\\d+");
                }
            }
        }
    }

    @Test
    void links_are_marked_as_user_content_and_internal_links_stay_in_the_app() {
        String html = PostText.render("[EEN](https://een.ec.europa.eu) and [module 1](/courses/c/m/p)", "text").html();
        assertThat(Jsoup.parse(html).select("a[href^=https]").attr("rel")).contains("nofollow", "ugc", "noopener");
        assertThat(Jsoup.parse(html).select("a[href^=/courses]").hasAttr("router-link")).isTrue();
    }

    @Test
    void invisible_characters_are_removed_and_mentions_found_outside_code() {
        PostText.Rendered text = PostText.render("Hi @anna.kuznetsova and @IVAN, see `@not.this` and mail me@firm.example\u200B", "text");
        assertThat(text.mentions()).containsExactlyInAnyOrder("anna.kuznetsova", "ivan");
        assertThat(text.markdown()).doesNotContain("\u200B");
        assertThat(PostText.title(" Over\u202Eview\u200B  of  things ")).isEqualTo("Overview of things");
    }

    @Test
    void empty_oversized_and_crowded_posts_are_refused_with_the_field() {
        assertThatThrownBy(() -> PostText.render(" \u200B ", "text")).isInstanceOf(InvalidInput.class).hasMessageContaining("text: validation.required");
        assertThatThrownBy(() -> PostText.render("x".repeat(1_000_000), "text")).hasMessageContaining("text: forum.too-long");
        assertThatThrownBy(() -> PostText.title("t".repeat(201))).hasMessageContaining("title: validation.too-long");
        List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "@member" + i).toList();
        assertThatThrownBy(() -> PostText.render(String.join(" ", many), "text")).hasMessageContaining("forum.too-many-mentions");
    }
}
