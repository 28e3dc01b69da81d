-- Sessions in PostgreSQL (Spring Session JDBC), so that a restart or a deploy signs no one out and
-- several application nodes behind one load balancer share them. The tables are Spring Session's own,
-- copied unchanged from org/springframework/session/jdbc/schema-postgresql.sql in spring-session-jdbc
-- 4.1.0; Spring Boot's own schema initialisation is off (spring.session.jdbc.initialize-schema=never),
-- so Flyway owns every table. A later Spring Session that changes its schema needs a migration here.
--
-- spring_session: one row per session (PRINCIPAL_NAME is the signed-in person's username, indexed so
-- that deactivating a person finds their sessions on every node); expired rows are deleted by every
-- node's clean-up job (spring.session.jdbc.cleanup-cron, every minute).
-- spring_session_attributes: what the session holds (the signed-in person, the CSRF token, a flash
-- message), each attribute Java-serialized.

CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);
