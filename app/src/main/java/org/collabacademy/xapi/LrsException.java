package org.collabacademy.xapi;

/** A refusal of the Statement API with its HTTP status and a message that names the offending property. */
class LrsException extends RuntimeException {

    private final int status;

    LrsException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
