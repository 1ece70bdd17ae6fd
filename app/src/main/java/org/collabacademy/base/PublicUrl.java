package org.collabacademy.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address under which people reach the app (COLLABACADEMY_PUBLIC_URL): printed on certificates as the
 * verification link, and the home page of learner accounts in learning records.
 */
@Component
public class PublicUrl {

    private final String url;

    PublicUrl(@Value("${collabacademy.public-url:http://localhost:8080}") String url) {
        this.url = url.replaceAll("/+$", "");
    }

    public String url() {
        return url;
    }

    public String of(String path) {
        return url + (path.startsWith("/") ? path : "/" + path);
    }
}
