package io.holcstore.rest.sync.client;

/**
 * How a pack request is sent. Ours takes both; the Python reference's server takes only a GET with a body (it
 * answers POST with 405), which many proxies drop, hence POST where the server allows it: a source asking by POST
 * switches to GET-with-body for its life when its server answers 405.
 */
public enum PackMethod {
    /** {@code POST pack/}: our server. */
    POST,
    /** {@code GET pack/} with the JSON body: the Python reference's server. */
    GET_WITH_BODY;

    /** The HTTP method name. */
    String httpName() {
        return this == POST ? "POST" : "GET";
    }
}
