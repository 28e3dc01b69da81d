package dev.cadence.company;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    List<Segment> findAllByOrderByDisplayOrderAscNameAsc();

    boolean existsByKey(String key);
}
