package org.iops.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records the SQL statements that the test's own thread sends (a MockMvc request runs on it), through
 * datasource-proxy around the application's data source. Work on other threads (event listeners, mail) is left out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog implements BeanPostProcessor {

    private static final List<String> statements = new CopyOnWriteArrayList<>();
    private static volatile Thread watched;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(beanName)
                    .afterQuery((execution, queries) -> {
                        if (Thread.currentThread() == watched) {
                            queries.forEach(query -> statements.add(query.getQuery()));
                        }
                    })
                    .build();
        }
        return bean;
    }

    /** The statements {@code work} sent on this thread, in order. */
    public static List<String> during(ThrowingRunnable work) throws Exception {
        statements.clear();
        watched = Thread.currentThread();
        try {
            work.run();
        } finally {
            watched = null;
        }
        return List.copyOf(statements);
    }

    /** Something a test does that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
