package dev.cadence.people;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmailPreferenceRepository extends JpaRepository<EmailPreference, Long> {

    /** The person's row with the defaults, unless they have one (a person has none until they first choose). */
    @Modifying
    @Query(value = "insert into email_preference (person_id) values (:personId) on conflict (person_id) do nothing", nativeQuery = true)
    void insertDefaultsIfAbsent(long personId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from EmailPreference p where p.personId = :personId")
    Optional<EmailPreference> lockByPersonId(long personId);

    List<EmailPreference> findByPersonIdIn(Collection<Long> personIds);
}
