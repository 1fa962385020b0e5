/**
 * Who may call what in the example: the HTTP authentication mechanism switched by {@code holcstore.demo.security},
 * its identity store of configured users, and the JSON bodies of the server's 401 and 403.
 */
package io.holcstore.example.security;
