package org.collabacademy.load;

/** A simulated learner could not go on: the server refused, ended the UI, or the page lacked what the script needs. */
final class LoadFailure extends RuntimeException {

    LoadFailure(String message) {
        super(message);
    }
}
