package org.collabacademy.base;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Ends every session id with this node's name (Tomcat's jvmRoute: {@code JSESSIONID=….node1}) when
 * COLLABACADEMY_NODE_NAME is set. A learner's Vaadin UI lives in one node's memory, so a proxy in front of several
 * nodes must keep sending a session to the node that made it; open-source nginx has no sticky cookie of its own,
 * but it can route on this suffix (docker/nginx/collabacademy.conf.template).
 */
@Component
class StickySessions implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String nodeName;

    StickySessions(@Value("${collabacademy.node-name}") String nodeName) {
        if (!nodeName.matches("[A-Za-z0-9_-]*")) {
            // the proxy finds the route after the last dot, so the name itself must not hold one
            throw new IllegalArgumentException("COLLABACADEMY_NODE_NAME may hold only letters, digits, '-' and '_': " + nodeName);
        }
        this.nodeName = nodeName;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!nodeName.isEmpty()) {
            // the context is already inside its host, whose parent is the engine that owns the route
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(nodeName));
        }
    }
}
