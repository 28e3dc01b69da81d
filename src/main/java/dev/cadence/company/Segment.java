package dev.cadence.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A market segment (enterprise, mid-market, SMB) by which numbers break down. */
@Entity
@Table(name = "segment")
class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String key;

    @Column(nullable = false)
    private String name;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Segment() {
    }

    Segment(String key, String name, int displayOrder) {
        this.key = key;
        this.name = name;
        this.displayOrder = displayOrder;
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }

    int getDisplayOrder() {
        return displayOrder;
    }
}
