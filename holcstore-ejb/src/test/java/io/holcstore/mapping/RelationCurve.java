package io.holcstore.mapping;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;

import java.util.List;

/** Invalid load-curve store: an attribute that is not a basic column (persistence unit holcstore-loadcurve-bad-attribute). */
@Entity
public class RelationCurve extends LoadCurve {
    @ElementCollection
    private List<String> tags;
}
