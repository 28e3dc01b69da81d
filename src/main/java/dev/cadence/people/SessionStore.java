package dev.cadence.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * How sessions are kept in PostgreSQL (Spring Session JDBC, tables from migration V12; Spring Boot
 * configures the rest from {@code application.properties}). Attributes are Java-serialized, as
 * Spring Session does by default, with one difference: an attribute that cannot be read back — written
 * before a deploy by a version of a class that has since changed incompatibly — is treated as absent
 * instead of failing every request of that session with a 500. The person then simply signs in again. And an attribute
 * two requests add at once is written by both, the later one winning, never a duplicate key.
 */
@Component
class SessionStore implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, readingWhatItCan(getClass().getClassLoader()));
        sessions.setConversionService(conversions);
        // Two requests of one session that both add the same attribute (pages opened at once right after signing in,
        // each making the CSRF token) would both insert it: the later one updates it instead of failing with a 500.
        sessions.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
    }

    private static Converter<byte[], Object> readingWhatItCan(ClassLoader classLoader) {
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        return bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.warn("A session attribute written by an earlier version could not be read and is ignored "
                        + "(its person may have to sign in again): {}", rootMessage(unreadable));
                return null;
            }
        };
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
