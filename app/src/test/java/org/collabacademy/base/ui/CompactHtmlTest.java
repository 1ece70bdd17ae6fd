package org.collabacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CompactHtmlTest {

    @Test
    void characters_outside_latin1_in_mostly_latin_text_become_references_that_read_the_same() {
        String html = "<p title=\"Dec 7, 11:31\u202FAM\">It’s a “joint venture” — 😀 für Müller</p>";
        String compact = CompactHtml.of(html);
        assertThat(compact.chars()).allMatch(c -> c <= 0xFF);
        assertThat(compact).contains("&#128512;", "für Müller");
        assertThat(Jsoup.parseBodyFragment(compact).body().html()).isEqualTo(Jsoup.parseBodyFragment(html).body().html());
    }

    @Test
    void text_mostly_outside_latin1_is_kept_as_it_is() {
        String russian = "<p>Совместное предприятие малых фирм</p>";
        assertThat(CompactHtml.of(russian)).isSameAs(russian);
    }

    @Test
    void latin1_text_is_kept_as_it_is() {
        String plain = "<p>Zusammenarbeit für Anfänger</p>";
        assertThat(CompactHtml.of(plain)).isSameAs(plain);
    }

    @Test
    void sessions_that_show_the_same_html_share_one_copy() {
        String first = CompactHtml.of(new StringBuilder("<p>Partners “found” in the directory</p>").toString());
        String second = CompactHtml.of(new StringBuilder("<p>Partners “found” in the directory</p>").toString());
        assertThat(second).isSameAs(first);
    }
}
