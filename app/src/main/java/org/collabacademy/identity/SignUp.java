package org.collabacademy.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.collabacademy.base.Language;

/** What a visitor fills in to create an account. The limits are checked again by the service. */
public record SignUp(
        @NotBlank(message = "{validation.required}")
        @Size(max = SignUp.MAX_NAME, message = "{validation.too-long}")
        String displayName,

        @NotBlank(message = "{validation.required}")
        @Size(max = SignUp.MAX_EMAIL, message = "{validation.too-long}")
        @Email(message = "{signup.email.invalid}")
        String email,

        @NotNull(message = "{validation.required}")
        String password,

        @Size(max = SignUp.MAX_ORGANIZATION, message = "{validation.too-long}")
        String organization,

        @NotNull(message = "{validation.required}")
        Language language) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANIZATION = 200;
    /** The longest address RFC 5321 allows. */
    public static final int MAX_EMAIL = 254;
}
