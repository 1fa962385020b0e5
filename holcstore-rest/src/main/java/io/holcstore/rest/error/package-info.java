/**
 * How the HTTP API reports errors: every {@link io.holcstore.HolcStoreException} and every error JAX-RS raises
 * itself (bad JSON, unsupported media type, not acceptable...) becomes a status and one JSON body
 * {@code {"error": "<kind>", "message": "...", <culprit>...}}, never an HTML page. 4xx means the request was
 * wrong and nothing was written; 5xx that stored data, the database or the server's setup failed, or (502, 504)
 * the source of a pull.
 *
 * <p>A HoLcStore error says what it is ({@link io.holcstore.ErrorKind}) and what it blames
 * ({@link io.holcstore.Culprits}); {@link io.holcstore.rest.error.HolcStoreErrors} maps the kind's category to the
 * status and each culprit to a member, knowing no exception type. The {@code @Provider} mappers here are discovered
 * by JAX-RS in the application's {@code WEB-INF/lib}; the exceptions here are the HTTP API's own, under the same root
 * as the store's.
 */
package io.holcstore.rest.error;
