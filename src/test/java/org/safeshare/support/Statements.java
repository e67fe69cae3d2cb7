package org.safeshare.support;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the service runs on the test's thread while {@link #during} runs: the service's DataSource
 * is wrapped (JDK proxies on DataSource, Connection and Statement) so every statement executed is seen, whatever
 * issued it. Outside {@link #during} the wrapping only passes calls on.
 */
@Component
public class Statements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

    /** Something a test does, which may throw. */
    public interface Action {
        void run() throws Exception;
    }

    /** The SQL of every statement executed on this thread while the action ran, in order. */
    public static List<String> during(Action action) throws Exception {
        List<String> executed = new ArrayList<>();
        EXECUTED.set(executed);
        try {
            action.run();
        } finally {
            EXECUTED.remove();
        }
        return executed;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, new Class<?>[] {DataSource.class, Closeable.class}, null);
        }
        return bean;
    }

    private static Object wrap(Object target, Class<?>[] interfaces, String sql) {
        return Proxy.newProxyInstance(Statements.class.getClassLoader(), interfaces, new Passing(target, sql));
    }

    /** Passes every call on; wraps connections and statements; notes each execution. */
    private record Passing(Object target, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return args != null && args.length == 1 && proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> { }
            }
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                List<String> executed = EXECUTED.get();
                if (executed != null) {
                    executed.add(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getName().equals("getConnection") && target instanceof DataSource) {
                return wrap(connection, new Class<?>[] {Connection.class}, null);
            }
            if (result instanceof Statement statement && target instanceof Connection && method.getReturnType().isInterface()
                    && Statement.class.isAssignableFrom(method.getReturnType())) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return wrap(statement, new Class<?>[] {method.getReturnType()}, text);
            }
            return result;
        }
    }
}
