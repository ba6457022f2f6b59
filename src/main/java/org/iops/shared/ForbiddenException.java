package org.iops.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The reader is known but may not do what they asked. Shown as a 403 page. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String action) {
        super("Not allowed: " + action);
    }
}
