/**
 * The series HTTP API (SPEC 5): an application binds {@link io.holcstore.rest.api.SeriesResource} to one store by
 * subclassing it (its resource methods in {@link io.holcstore.rest.api.SeriesResourceMethods}), and non-Java clients
 * read and write series as JSON, CSV or NDJSON.
 *
 * <p>Small classes, one job each: {@link io.holcstore.rest.api.SeriesQuery} reads the query parameters (keys,
 * window, zone, mode), {@link io.holcstore.rest.api.Timestamps} the ISO-8601 instants and local date-times,
 * {@link io.holcstore.rest.api.JsonSeriesReader} and {@link io.holcstore.rest.api.CsvSeriesReader} the bodies,
 * within the cap of {@link io.holcstore.rest.http.BodyLimit}; {@link io.holcstore.rest.api.SeriesJsonWriter},
 * {@link io.holcstore.rest.api.SeriesCsvWriter} and {@link io.holcstore.rest.api.NdjsonSeriesStream} render
 * series. Errors are typed exceptions, answered by {@code io.holcstore.rest.error}.
 *
 * <p>The load-curve store's API is {@link io.holcstore.rest.api.LoadCurveResource} (its methods in
 * {@link io.holcstore.rest.api.LoadCurveResourceMethods}), bound the same way; it reads the same bodies and adds
 * {@code LoadCurveParameters} (its query parameters), {@code LoadCurveJson} and {@code LoadCurveNdjsonStream}.
 */
package io.holcstore.rest.api;
