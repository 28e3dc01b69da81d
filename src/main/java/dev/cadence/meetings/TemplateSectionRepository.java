package dev.cadence.meetings;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TemplateSectionRepository extends JpaRepository<TemplateSection, Long> {

    List<TemplateSection> findBySeriesIdOrderByPosition(Long seriesId);

    /** The section, locked until the transaction ends: two changes of its time box happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TemplateSection t where t.id = ?1")
    Optional<TemplateSection> lockById(long id);
}
