package dev.cadence.nrr;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForecastUpdateRepository extends JpaRepository<ForecastUpdate, Long> {
}
