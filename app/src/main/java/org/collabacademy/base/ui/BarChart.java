package org.collabacademy.base.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG (no chart component, no client code). Labels are
 * escaped; each bar carries its value as text, so the chart reads well without colour too.
 */
public final class BarChart {

    /** One bar: its label, its value and the text shown after it (e.g. "73 %"). */
    public record Bar(String label, double value, String valueText) {
    }

    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 320;

    private BarChart() {
    }

    public static Svg of(String title, List<Bar> bars, double max) {
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + 80;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" class=\"bar-chart\">",
                width, height, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double share = max <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / max));
            int y = i * ROW + 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"#334\">%s</text>",
                    LABEL_WIDTH - 8, y + 17, escape(shorten(bar.label()))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#e8eef3\"/>", LABEL_WIDTH, y + 3, BAR_WIDTH));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#1f5f8b\"/>", LABEL_WIDTH, y + 3, share * BAR_WIDTH));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#334\">%s</text>",
                    LABEL_WIDTH + BAR_WIDTH + 8, y + 17, escape(bar.valueText())));
        }
        svg.append("</svg>");
        Svg chart = new Svg(svg.toString());
        chart.addClassName("chart");
        return chart;
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 38) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
