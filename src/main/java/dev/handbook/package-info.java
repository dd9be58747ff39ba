/**
 * The handbook generator, one package per stage, each using only those before it: {@code model},
 * {@code findings}, {@code content} (reading), {@code check}, {@code render}, {@code site} (the
 * {@link dev.handbook.site.Pipeline} that runs the stages, link proof, output folder, serve) and
 * {@code cli}.
 */
package dev.handbook;
