/**
 * Writing the site: link integrity of the rendered pages, and the atomic swap into the output
 * folder.
 */
package dev.handbook.site;
