/** The example's MicroProfile Health checks and the mirror pulls' MicroProfile Metrics. */
package io.holcstore.example.observability;
