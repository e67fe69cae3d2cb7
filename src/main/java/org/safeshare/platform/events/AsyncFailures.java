package org.safeshare.platform.events;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How failures of asynchronous listeners are logged. An {@link ExpectedFailure} (the listener asks for a retry) is one
 * warning line: logged at ERROR with its stack, every unsent email filled the log of a service without a mail server.
 * Anything else is unexpected and keeps its ERROR and stack trace.
 */
@Configuration(proxyBeanMethods = false)
class AsyncFailures implements AsyncConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncFailures.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return AsyncFailures::log;
    }

    static void log(Throwable failure, Method method, Object... arguments) {
        String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (failure instanceof ExpectedFailure) {
            LOG.warn("{} will be retried: {}", listener, failure.getMessage());
        } else {
            LOG.error("{} failed", listener, failure);
        }
    }
}
