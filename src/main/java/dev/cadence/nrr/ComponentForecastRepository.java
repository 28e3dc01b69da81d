package dev.cadence.nrr;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ComponentForecastRepository extends JpaRepository<ComponentForecast, Long> {

    /** Serializes changes of one component: its owner and its forecast. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComponentForecast c where c.quarterId = ?1 and c.component = ?2")
    Optional<ComponentForecast> lock(long quarterId, NrrComponent component);
}
