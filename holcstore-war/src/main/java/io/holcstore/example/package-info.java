/** The runnable example application: the demo stores, their EJBs and REST resources. */
package io.holcstore.example;
