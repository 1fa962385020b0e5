package io.holcstore.it.smoke;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Test-only entity of {@code HarnessSmokeIT}. SEQUENCE id: IDENTITY breaks EclipseLink DDL (STACK 3). */
@Entity
@Table(name = "it_smoke_item")
public class SmokeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_smoke_item_seq")
    @SequenceGenerator(name = "it_smoke_item_seq", sequenceName = "it_smoke_item_seq", allocationSize = 50)
    private Long id;

    private String label;

    protected SmokeItem() {
    }

    public SmokeItem(String label) {
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
