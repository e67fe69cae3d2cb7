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
    private static final ThreadLocal<int[]> CHECKOUTS = new ThreadLocal<>();

    /** Something a test does, which may throw. */
    public interface Action {
        void run() throws Exception;
    }

    /** The SQL of every statement executed on this thread while the action ran, in order. */
    public static List<String> during(Action action) throws Exception {
        return observed(action).statements();
    }

    /**
     * The statements, and how many times a connection was taken from the pool (each transaction, and each statement run
     * outside one): under load every checkout is a wait in the pool's queue (docs/performance.md).
     */
    public static Observed observed(Action action) throws Exception {
        List<String> executed = new ArrayList<>();
        int[] checkouts = new int[1];
        EXECUTED.set(executed);
        CHECKOUTS.set(checkouts);
        try {
            action.run();
        } finally {
            EXECUTED.remove();
            CHECKOUTS.remove();
        }
        return new Observed(executed, checkouts[0]);
    }

    /** What an action ran: its statements in order, and the connections it took from the pool. */
    public record Observed(List<String> statements, int checkouts) {}

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
                int[] checkouts = CHECKOUTS.get();
                if (checkouts != null) {
                    checkouts[0]++;
                }
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
