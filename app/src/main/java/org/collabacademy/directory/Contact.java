package org.collabacademy.directory;

/** How to reach a firm: disclosed to a partner only after an expression of interest was accepted. */
public record Contact(String name, String email, String phone, String website) {
}
