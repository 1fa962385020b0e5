/**
 * The deployment-time listener that gives every chunk store entity its table name (with the settings
 * signature), unique constraint and indexes, and refuses invalid store declarations.
 */
package io.holcstore.schema;
