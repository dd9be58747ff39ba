/**
 * Rendering: the model turned into Freemarker data and Markdown into HTML, one renderer per page
 * kind.
 */
package dev.handbook.render;
