package dev.cadence.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the application's {@link DataSource} so that every statement executed through it is told to
 * {@link SqlStatements}: what Hibernate runs and what {@code JdbcTemplate} runs alike. The wrapper is
 * a {@link DelegatingDataSource}, so whatever unwraps the pool (health, metrics) still finds it. It also
 * lets a {@link Race} hold a save just before it writes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource) : bean;
            }
        };
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return proxy(Connection.class, connection, (proxy, method, args) -> {
                Object result = invoke(connection, method, args);
                if (result instanceof Statement statement) {
                    String preparedSql = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
                    return countingStatement(statement, method.getReturnType(), preparedSql);
                }
                return result;
            });
        }

        private static Object countingStatement(Statement statement, Class<?> type, String preparedSql) {
            Class<?> face = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            return proxy(face, statement, (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : preparedSql;
                    SqlStatements.executed(sql == null ? "(batch)" : sql);
                    Race.beforeStatement(sql);
                }
                return invoke(statement, method, args);
            });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<?> face, Object target, InvocationHandler handler) {
            InvocationHandler withIdentity = (proxy, method, args) -> switch (method.getName()) {
                case "equals" -> args.length == 1 && proxy == args[0];
                case "hashCode" -> args == null ? System.identityHashCode(proxy) : handler.invoke(proxy, method, args);
                case "toString" -> args == null ? "counting " + target : handler.invoke(proxy, method, args);
                default -> handler.invoke(proxy, method, args);
            };
            return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {face}, withIdentity);
        }
    }
}
