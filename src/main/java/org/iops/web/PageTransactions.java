package org.iops.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One read-only transaction per page: a GET (or HEAD) runs its handler and renders its template in one transaction
 * on one connection, so the page's many small reads (each module's facade is {@code @Transactional(readOnly = true)})
 * join it instead of each taking a connection and a transaction of its own.
 *
 * <ul>
 * <li>The session is read before the transaction begins (Spring Session reads it in a transaction of its own), and
 *     a jte page ends the transaction once rendered into its buffer, before a byte is sent: saving a changed session
 *     when the response is sent takes a connection of its own, which must not wait for the page's.</li>
 * <li>A page that writes while it is shown (a read marker) hands the write to {@link AfterPage}: it runs once the
 *     transaction has ended and given its connection back.</li>
 * <li>A handler that fails has its transaction rolled back before the error page is chosen, so the error page reads
 *     afresh even when a failed statement left the transaction unusable.</li>
 * <li>An asynchronous handler (server-sent events) ends it when it hands over to its other thread.</li>
 * </ul>
 */
@Component
class PageTransactions implements AsyncHandlerInterceptor, HandlerExceptionResolver, Ordered, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PageTransactions.class);
    private static final String STATUS = PageTransactions.class.getName() + ".status";

    private final PlatformTransactionManager transactions;

    PageTransactions(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean page = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!page || request.getDispatcherType() != DispatcherType.REQUEST || request.getAttribute(STATUS) != null
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return true;
        }
        request.getSession(false); // read now, in Spring Session's own transaction, not while holding the page's
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setName(PageReads.NAME_PREFIX + request.getRequestURI());
        definition.setReadOnly(true);
        request.setAttribute(STATUS, new Open(transactions.getTransaction(definition), transactions));
        return true;
    }

    /** Whether the request has a page transaction still open. */
    static boolean open(HttpServletRequest request) {
        return request.getAttribute(STATUS) instanceof Open open && !open.status().isCompleted();
    }

    /** The request's open page transaction and its manager. */
    private record Open(TransactionStatus status, PlatformTransactionManager transactions) {
    }

    /**
     * Ends the request's page transaction if it has one still open: committed, or rolled back after a failure (or
     * when a participant marked it so). A view that renders into a buffer calls it before sending the page.
     */
    static void end(HttpServletRequest request, boolean failed) {
        if (!(request.getAttribute(STATUS) instanceof Open open) || open.status().isCompleted()) {
            return;
        }
        request.setAttribute(STATUS, Boolean.FALSE); // ended: a later dispatch of this request starts none
        try {
            if (failed || open.status().isRollbackOnly()) {
                open.transactions().rollback(open.status());
            } else {
                open.transactions().commit(open.status());
            }
        } catch (RuntimeException failure) {
            log.warn("The page transaction of {} could not be ended", request.getRequestURI(), failure);
            return;
        }
        if (!failed) {
            AfterPage.run(request);
        }
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        end(request, false);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception failure) {
        end(request, failure != null);
    }

    /** Before any resolver chooses the error page: the failed page's transaction is rolled back. */
    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception failure) {
        end(request, true);
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
