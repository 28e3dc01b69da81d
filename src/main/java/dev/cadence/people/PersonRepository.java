package dev.cadence.people;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import java.time.Instant;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** Sign-in accepts either the username or the e-mail address. */
    @Query("""
            select p from Person p left join fetch p.roles
            where lower(p.username) = lower(:login) or lower(p.email) = lower(:login)""")
    Optional<Person> findBySignInName(String login);

    @Query("select distinct p from Person p left join fetch p.roles order by p.active desc, p.name")
    List<Person> findAllWithRoles();

    @Query("select p from Person p left join fetch p.roles where p.id = :id")
    Optional<Person> findWithRoles(Long id);

    /** The person, locked until the transaction ends (their roles load after, with the lock held). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = :id")
    Optional<Person> lockById(Long id);

    /**
     * Locks the active administrators so that two administrators removing each other at the same
     * moment cannot both succeed and leave the company with none.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p join p.roles r where p.active = true and r = dev.cadence.people.Role.ADMIN")
    List<Person> lockActiveAdministrators();

    @Query("select count(p) > 0 from Person p join p.roles r where p.active = true and r = dev.cadence.people.Role.ADMIN")
    boolean existsActiveAdministrator();

    @Query("select count(p) > 0 from Person p where lower(p.username) = lower(:username) and p.id <> :exceptId")
    boolean usernameTaken(String username, long exceptId);

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email) and p.id <> :exceptId")
    boolean emailTaken(String email, long exceptId);

    @Modifying
    @Query("update Person p set p.lastSignInAt = :at where p.id = :id")
    void recordSignIn(Long id, Instant at);
}
