package org.iops.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Records the SQL statements that the test's own thread sends (a MockMvc request runs on it), through
 * datasource-proxy around the application's data source, and with them the connections it took from the pool and
 * the transactions the transaction manager began and ended ({@link #connections()}). Work on other threads (event listeners, mail) is left
 * out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog implements BeanPostProcessor {

    private static final List<String> statements = new CopyOnWriteArrayList<>();
    private static final List<String> connections = new CopyOnWriteArrayList<>();
    private static volatile Thread watched;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ConfigurableTransactionManager transactions) {
            transactions.addListener(new TransactionExecutionListener() {
                @Override
                public void afterBegin(TransactionExecution transaction, @Nullable Throwable failure) {
                    if (Thread.currentThread() == watched && failure == null) {
                        connections.add(transaction.isReadOnly() ? "begin read-only" : "begin");
                    }
                }

                @Override
                public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
                    if (Thread.currentThread() == watched) {
                        connections.add("commit");
                    }
                }

                @Override
                public void afterRollback(TransactionExecution transaction, @Nullable Throwable failure) {
                    if (Thread.currentThread() == watched) {
                        connections.add("rollback");
                    }
                }
            });
        }
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName)
                    .afterQuery((execution, queries) -> {
                        if (Thread.currentThread() == watched) {
                            queries.forEach(query -> statements.add(query.getQuery()));
                        }
                    })
                    .afterMethod(call -> {
                        String method = call.getMethod().getName();
                        if (Thread.currentThread() != watched || call.getThrown() != null) {
                            return;
                        }
                        // a pool's getConnection, not a statement's (Spring asks one for its connection to make arrays)
                        if (method.equals("getConnection") && call.getTarget() instanceof DataSource) {
                            connections.add(method);
                        }
                    })
                    .build();
        }
        return bean;
    }

    /** The statements {@code work} sent on this thread, in order. */
    public static List<String> during(ThrowingRunnable work) throws Exception {
        statements.clear();
        connections.clear();
        watched = Thread.currentThread();
        try {
            work.run();
        } finally {
            watched = null;
        }
        return List.copyOf(statements);
    }

    /**
     * What the last {@link #during} did with connections, in order: {@code getConnection} for each taken from the pool,
     * {@code begin} or {@code begin read-only} for each transaction begun (not joined), {@code commit} or
     * {@code rollback} for each ended.
     */
    public static List<String> connections() {
        return List.copyOf(connections);
    }

    /** Something a test does that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
