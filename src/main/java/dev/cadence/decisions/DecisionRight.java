package dev.cadence.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One cell of the map: a person's part in an area, or none. An emptied cell stays, so history reads well. */
@Entity
@Table(name = "decision_right")
@Audited
class DecisionRight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "area_id", nullable = false, updatable = false)
    private Long areaId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    private RightRole role;

    protected DecisionRight() {
    }

    DecisionRight(Long areaId, Long personId, RightRole role) {
        this.areaId = areaId;
        this.personId = personId;
        this.role = role;
    }

    Long getId() {
        return id;
    }

    Long getAreaId() {
        return areaId;
    }

    Long getPersonId() {
        return personId;
    }

    RightRole getRole() {
        return role;
    }

    void setRole(RightRole role) {
        this.role = role;
    }
}
