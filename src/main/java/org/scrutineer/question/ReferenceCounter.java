package org.scrutineer.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "reference_counter")
class ReferenceCounter {

    @Id
    private String name;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected ReferenceCounter() {
    }

    ReferenceCounter(String name) {
        this.name = name;
    }

    long next() {
        return ++lastValue;
    }
}
