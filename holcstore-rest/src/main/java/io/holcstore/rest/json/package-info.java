/**
 * JSON shared by the series API, its error bodies and the sync wire: {@link io.holcstore.rest.json.KeyJson}, a
 * series key as the one JSON object all of them write. Imports the core only, so that every other package of this
 * module may import it.
 */
package io.holcstore.rest.json;
