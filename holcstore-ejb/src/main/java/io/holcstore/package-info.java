/**
 * The root of HoLcStore's typed errors, which every package may import: {@link io.holcstore.HolcStoreException},
 * what kind of error each is ({@link io.holcstore.ErrorKind}, a stable code and a category of fault) and the values
 * it blames ({@link io.holcstore.Culprit}, {@link io.holcstore.Culprits}). Callers branch on the kind and read the
 * culprits, never the class or the message.
 */
package io.holcstore;
