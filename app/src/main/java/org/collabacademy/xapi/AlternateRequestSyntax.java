package org.collabacademy.xapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * xAPI's alternate request syntax (Communication 1.3): a POST with {@code ?method=GET|PUT|POST|DELETE}
 * and a form body carrying the headers, the content and the parameters, for clients that cannot send
 * other methods or headers (old browsers, cross-origin requests). The request is rewritten into the one it
 * stands for before authentication, so everything after sees an ordinary request.
 */
class AlternateRequestSyntax extends OncePerRequestFilter {

    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type", "content-length",
            "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String query = request.getQueryString();
        if (!"POST".equals(request.getMethod()) || query == null || !query.startsWith("method=")) {
            chain.doFilter(request, response);
            return;
        }
        if (query.contains("&")) {
            response.setHeader("X-Experience-API-Version", LrsSecurity.VERSION);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "with the alternate request syntax, method is the only query parameter");
            return;
        }
        String method = URLDecoder.decode(query.substring("method=".length()), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method) || !type.startsWith("application/x-www-form-urlencoded")) {
            response.setHeader("X-Experience-API-Version", LrsSecurity.VERSION);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "the alternate request syntax needs method=GET|PUT|POST|DELETE and a form body");
            return;
        }
        Map<String, String> form = form(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String[]> parameters = new LinkedHashMap<>();
        String content = "";
        for (Map.Entry<String, String> field : form.entrySet()) {
            String name = field.getKey();
            if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name.toLowerCase(Locale.ROOT), field.getValue());
            } else if (name.equals("content")) {
                content = field.getValue();
            } else {
                parameters.put(name, new String[] {field.getValue()});
            }
        }
        chain.doFilter(new Rewritten(request, method, headers, parameters, content.getBytes(StandardCharsets.UTF_8)), response);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    /** The request the form stands for: its method, headers, parameters and body. */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final String method;
        private final Map<String, String> headers;
        private final Map<String, String[]> parameters;
        private final byte[] body;

        Rewritten(HttpServletRequest request, String method, Map<String, String> headers, Map<String, String[]> parameters, byte[] body) {
            super(request);
            this.method = method;
            this.headers = headers;
            this.parameters = parameters;
            this.body = body;
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public @Nullable String getHeader(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-length")) {
                return String.valueOf(body.length);
            }
            if (lower.equals("content-type")) {
                return headers.get(lower);
            }
            // a header sent as a header still counts (some clients send Authorization that way)
            return headers.containsKey(lower) ? headers.get(lower) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new java.util.ArrayList<>(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !headers.containsKey(n.toLowerCase(Locale.ROOT)) && !n.equalsIgnoreCase("content-type")).toList());
            names.addAll(headers.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public @Nullable String getContentType() {
            return headers.get("content-type");
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
