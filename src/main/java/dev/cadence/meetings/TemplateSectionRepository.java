package dev.cadence.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateSectionRepository extends JpaRepository<TemplateSection, Long> {

    List<TemplateSection> findBySeriesIdOrderByPosition(Long seriesId);
}
