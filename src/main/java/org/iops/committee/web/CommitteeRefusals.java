package org.iops.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iops.committee.queries.CommitteeRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused committee action that no form shows in place (a forged or expired answer link) is a page saying why. */
@ControllerAdvice(basePackageClasses = CommitteeRefusals.class)
class CommitteeRefusals {

    private final CommitteeReaders readers;

    CommitteeRefusals(CommitteeReaders readers) {
        this.readers = readers;
    }

    @ExceptionHandler(CommitteeRefusedException.class)
    ModelAndView refused(CommitteeRefusedException refused, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(refused.status());
        ModelAndView view = new ModelAndView("committee/refused");
        view.addObject("page", readers.page(request));
        view.addObject("messageKey", refused.messageKey());
        view.setStatus(HttpStatus.valueOf(refused.status()));
        return view;
    }
}
