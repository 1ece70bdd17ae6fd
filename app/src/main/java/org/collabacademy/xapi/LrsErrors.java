package org.collabacademy.xapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the Statement API as JSON {@code {"error": "..."}} with the status the spec asks for. */
@RestControllerAdvice(assignableTypes = {StatementApiController.class, DocumentApiController.class})
class LrsErrors {

    @ExceptionHandler(LrsException.class)
    ResponseEntity<String> refused(LrsException refused) {
        return StatementApiController.error(HttpStatus.valueOf(refused.status()), refused.getMessage());
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<String> denied(AuthorizationDeniedException denied) {
        return StatementApiController.error(HttpStatus.FORBIDDEN, "this client's scopes do not allow this request");
    }
}
