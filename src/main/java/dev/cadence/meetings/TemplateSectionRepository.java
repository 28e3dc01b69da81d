package dev.cadence.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TemplateSectionRepository extends JpaRepository<TemplateSection, Long> {

    List<TemplateSection> findBySeriesIdOrderByPosition(Long seriesId);

    /** Empties the series' template before it is written again (nothing refers to its rows: meetings copy them). */
    @Modifying
    @Query("delete from TemplateSection t where t.seriesId = ?1")
    void deleteBySeries(long seriesId);
}
