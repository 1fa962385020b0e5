/**
 * What every resource of this module needs of a request, whatever its API: {@link io.holcstore.rest.http.BodyLimit},
 * the cap on request bodies that both the series API and the sync server read within.
 */
package io.holcstore.rest.http;
