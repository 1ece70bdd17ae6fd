package org.collabacademy.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at the first start when no administrator exists yet
 * (environment variables COLLABACADEMY_ADMIN_EMAIL, COLLABACADEMY_ADMIN_PASSWORD, COLLABACADEMY_ADMIN_NAME).
 */
@ConfigurationProperties("collabacademy.admin")
record AdministratorSettings(@Nullable String email, @Nullable String password, @Nullable String name) {

    boolean isComplete() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
