package org.collabacademy.certificate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.CourseReader.PrintedPage;
import org.collabacademy.course.Localized;
import org.jsoup.nodes.Entities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Printable PDF handouts of modules, for signed-in readers (like the pages themselves). */
@Service
public class Handouts {

    private final CourseCatalog catalog;
    private final CourseReader reader;
    private final HandoutPdf pdf;
    private final I18NProvider translations;
    /** Handouts by course version: a version's content never changes, so a handout is rendered once. */
    private final Cache<Printed, byte[]> printed = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024).<Printed, byte[]>weigher((key, bytes) -> bytes.length).build();

    private record Printed(String courseKey, int version, String moduleKey, Language language) {
    }

    Handouts(CourseCatalog catalog, CourseReader reader, HandoutPdf pdf, I18NProvider translations) {
        this.catalog = catalog;
        this.reader = reader;
        this.pdf = pdf;
        this.translations = translations;
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] handout(String courseKey, String moduleKey, Language language) {
        CourseOutline course = catalog.course(courseKey).orElseThrow(() -> new InvalidInput("course", "progress.no-such-course"));
        ModuleOutline module = course.module(moduleKey).orElseThrow(() -> new InvalidInput("module", "progress.no-such-course"));
        return printed.get(new Printed(courseKey, course.version(), moduleKey, language), key -> render(course, module, language));
    }

    /** Renders without the cache (the benchmark measures this). */
    byte[] render(CourseOutline course, ModuleOutline module, Language language) {
        List<PrintedPage> pages = reader.modulePages(course.key(), module.key(), language);
        return pdf.render(html(course, module, pages, language), language.tag(), (file, path) -> catalog.file(file, path).orElse(null));
    }

    private String html(CourseOutline course, ModuleOutline module, List<PrintedPage> pages, Language language) {
        Locale locale = language.locale();
        String moduleTitle = Localized.pick(module.titles(), language, course.defaultLanguage());
        String footer = course.title(language) + " · " + moduleTitle + " · " + translations.getTranslation("handout.version", locale, course.version());
        StringBuilder html = new StringBuilder();
        html.append("<html><head><meta charset=\"utf-8\"/><title>").append(escape(moduleTitle)).append("</title><style>")
                .append("@page { size: A4; margin: 20mm 18mm 22mm 18mm; ")
                .append("@bottom-left { content: \"").append(css(footer)).append("\"; font-family: 'Noto Sans', 'Droid Sans Fallback'; font-size: 8pt; color: #555; } ")
                .append("@bottom-right { content: \"").append(css(translations.getTranslation("handout.page", locale)))
                .append(" \" counter(page) \" / \" counter(pages); font-family: 'Noto Sans', 'Droid Sans Fallback'; font-size: 8pt; color: #555; } } ")
                .append("body { font-family: 'Noto Sans', 'Droid Sans Fallback'; font-size: 10.5pt; line-height: 1.5; color: #111; } ")
                .append("h1 { font-size: 20pt; color: #1f5f8b; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } ")
                .append(".title-page { text-align: left; } .title-page h1 { font-size: 28pt; margin-top: 60mm; } ")
                .append(".page { page-break-before: always; } ")
                .append("table { border-collapse: collapse; width: 100%; margin: 8pt 0; } th, td { border: 1px solid #999; padding: 4pt; vertical-align: top; } ")
                .append("th { background: #eef2f5; } img { max-width: 100%; } blockquote { border-left: 3px solid #bbb; margin-left: 0; padding-left: 10pt; color: #444; } ")
                .append(".callout { border-left: 4pt solid #1f5f8b; background: #eef4f9; padding: 6pt 10pt; margin: 10pt 0; page-break-inside: avoid; } ")
                .append(".callout-tip { border-color: #2e7d4f; background: #edf7f0; } .callout-example { border-color: #f2b544; background: #fdf7ea; } ")
                .append(".callout-warning { border-color: #c0392b; background: #fbeeec; } .callout-title { font-weight: bold; margin: 0 0 4pt; } ")
                .append(".note { font-size: 9pt; color: #555; }")
                .append("</style></head><body>");
        html.append("<section class=\"title-page\"><h1>").append(escape(moduleTitle)).append("</h1><p>").append(escape(course.title(language))).append("</p>");
        List<String> objectives = Localized.pickIfAny(module.objectives(), language, course.defaultLanguage()).orElse(List.of());
        if (!objectives.isEmpty()) {
            html.append("<h2>").append(escape(translations.getTranslation("handout.objectives", locale))).append("</h2><ul>");
            objectives.forEach(o -> html.append("<li>").append(escape(o)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p class=\"note\">").append(escape(translations.getTranslation("handout.version", locale, course.version()))).append("</p></section>");
        for (PrintedPage page : pages) {
            html.append("<section class=\"page\"><h1>").append(escape(page.title())).append("</h1>");
            if (page.shownIn() != language) {
                html.append("<p class=\"note\">").append(escape(translations.getTranslation("reader.not-translated", locale,
                        language.nativeName(), page.shownIn().nativeName()))).append("</p>");
            }
            html.append(page.html()).append("</section>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /** A CSS string literal's content: quotes and backslashes escaped, no line breaks. */
    private static String css(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
    }
}
