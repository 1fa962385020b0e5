package io.holcstore.mapping;

import jakarta.persistence.Entity;

/** Invalid load-curve store: no such time zone (persistence unit holcstore-loadcurve-bad-zone). */
@Entity
@StoreZone("Mars/Olympus_Mons")
public class BadZoneCurve extends LoadCurve {
}
