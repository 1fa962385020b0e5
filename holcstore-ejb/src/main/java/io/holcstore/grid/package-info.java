/**
 * The store grid: step, zone, chunk axis, chunk index and the DST arithmetic that maps
 * instants to chunk positions.
 */
package io.holcstore.grid;
