package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A small write that a page makes while it is shown, such as a topic page moving the reader's first-unread marker.
 * A GET reads in one read-only transaction ({@link PageTransactions}); the write waits until that transaction has
 * ended and its connection is back in the pool, then runs on its own (one statement, or a {@code @Transactional}
 * method). It runs right away when there is no page transaction (a POST, a test's own transaction), and not at all
 * when the page failed.
 */
public final class AfterPage {

    private static final String WRITES = AfterPage.class.getName() + ".writes";

    private AfterPage() {
    }

    /** Runs {@code write} once the current page's reads are over. */
    public static void write(Runnable write) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet) || !PageTransactions.open(servlet.getRequest())) {
            write.run();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Runnable> writes = (List<Runnable>) servlet.getRequest().getAttribute(WRITES);
        if (writes == null) {
            writes = new ArrayList<>(1);
            servlet.getRequest().setAttribute(WRITES, writes);
        }
        writes.add(write);
    }

    /** The writes the page asked for, once its transaction has ended (and only if it did not fail). */
    static void run(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<Runnable> writes = (List<Runnable>) request.getAttribute(WRITES);
        if (writes != null) {
            request.removeAttribute(WRITES);
            writes.forEach(Runnable::run);
        }
    }
}
