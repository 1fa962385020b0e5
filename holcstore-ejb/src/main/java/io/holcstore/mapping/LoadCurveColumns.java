package io.holcstore.mapping;

/** The column names of the attributes every load-curve table has, as the entity maps them. */
public record LoadCurveColumns(String id, String clientId, String prm, String version, String lastModified, String createdAt,
                               String dtype, String data) {
}
