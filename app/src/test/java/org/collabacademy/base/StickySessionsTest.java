package org.collabacademy.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** A real embedded Tomcat, customized as the app's is: the session cookie names the node that made it. */
class StickySessionsTest {

    @Test
    void a_named_node_ends_its_session_ids_with_its_name() throws Exception {
        assertThat(sessionCookie("node7")).matches("JSESSIONID=[0-9A-F]+\\.node7");
    }

    @Test
    void without_a_name_session_ids_carry_no_route() throws Exception {
        assertThat(sessionCookie("")).matches("JSESSIONID=[0-9A-F]+");
    }

    @Test
    void a_name_with_a_dot_is_refused_because_the_proxy_reads_the_route_after_the_last_dot() {
        assertThatThrownBy(() -> new StickySessions("eu.node1")).hasMessageContaining("COLLABACADEMY_NODE_NAME");
    }

    private static String sessionCookie(String nodeName) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new StickySessions(nodeName).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/")).build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        } finally {
            server.stop();
        }
    }
}
