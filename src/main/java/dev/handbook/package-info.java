/**
 * The handbook generator: {@link dev.handbook.Pipeline} reads, checks, renders and writes, in that
 * order.
 */
package dev.handbook;
