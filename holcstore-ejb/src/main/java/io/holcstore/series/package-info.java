/**
 * Series value types: dense regular series with their operations (slice, combine-first,
 * trim), and the irregular forms a caller may write.
 */
package io.holcstore.series;
